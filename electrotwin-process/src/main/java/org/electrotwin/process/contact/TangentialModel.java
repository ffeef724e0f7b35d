package org.electrotwin.process.contact;

/** Tangential (sliding) force on a contact; adds to the force on i and sets the torque lever n×F_t. */
public interface TangentialModel {
    /**
     * @param fContactN repulsive normal force (Coulomb limit is μ·this)
     * @param hist      per-contact history (tangential spring ξ at hist[h..h+2])
     */
    void apply(Contact c, double fContactN, double gStar, double dampCoef, double[] hist, int h, double dt);

    /** Frictionless contacts. */
    record None() implements TangentialModel {
        @Override
        public void apply(Contact c, double fContactN, double gStar, double dampCoef, double[] hist, int h, double dt) {
            // no tangential force
        }
    }

    /**
     * Mindlin no-slip spring k_t = 8·G*·√(R*δ) on the accumulated tangential displacement ξ
     * (history, rotated into the current tangent plane every step), a dashpot with the normal
     * damping coefficient, capped by Coulomb's law |F_t| ≤ μ·F_n with the spring reset to the
     * cap (Mindlin &amp; Deresiewicz 1953 as simplified by Di Renzo &amp; Di Maio 2004; LIGGGHTS
     * {@code tangential history}).
     */
    record MindlinCoulomb(double friction) implements TangentialModel {
        @Override
        public void apply(Contact c, double fContactN, double gStar, double dampCoef, double[] hist, int h, double dt) {
            double nx = c.nx, ny = c.ny, nz = c.nz;
            double vn = c.vx * nx + c.vy * ny + c.vz * nz;
            double vtx = c.vx - vn * nx, vty = c.vy - vn * ny, vtz = c.vz - vn * nz;
            double sx = hist[h], sy = hist[h + 1], sz = hist[h + 2];
            // rotate the spring into the current tangent plane, keeping its length
            double old2 = sx * sx + sy * sy + sz * sz;
            if (old2 > 0) {
                double sn = sx * nx + sy * ny + sz * nz;
                sx -= sn * nx;
                sy -= sn * ny;
                sz -= sn * nz;
                double new2 = sx * sx + sy * sy + sz * sz;
                if (new2 > 0) {
                    double scale = Math.sqrt(old2 / new2);
                    sx *= scale;
                    sy *= scale;
                    sz *= scale;
                }
            }
            sx += vtx * dt;
            sy += vty * dt;
            sz += vtz * dt;
            double kt = 8 * gStar * Math.sqrt(c.rStar * c.delta);
            double eta = dampCoef * Math.sqrt(c.mStar * kt);
            double ftx = kt * sx + eta * vtx, fty = kt * sy + eta * vty, ftz = kt * sz + eta * vtz;
            double ft = Math.sqrt(ftx * ftx + fty * fty + ftz * ftz);
            double limit = friction * fContactN;
            if (ft > limit) {
                double scale = ft > 0 ? limit / ft : 0;
                ftx *= scale;
                fty *= scale;
                ftz *= scale;
                if (kt > 0) {
                    sx = (ftx - eta * vtx) / kt;
                    sy = (fty - eta * vty) / kt;
                    sz = (ftz - eta * vtz) / kt;
                }
            }
            hist[h] = sx;
            hist[h + 1] = sy;
            hist[h + 2] = sz;
            c.fx += ftx;
            c.fy += fty;
            c.fz += ftz;
            c.tx = ny * ftz - nz * fty;
            c.ty = nz * ftx - nx * ftz;
            c.tz = nx * fty - ny * ftx;
        }
    }
}
