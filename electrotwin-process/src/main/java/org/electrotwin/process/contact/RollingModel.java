package org.electrotwin.process.contact;

/** Rolling resistance torque on a contact. */
public interface RollingModel {
    void apply(Contact c, double fContactN);

    record None() implements RollingModel {
        @Override
        public void apply(Contact c, double fContactN) {
            // free rolling
        }
    }

    /**
     * Constant directional torque M_r = −μ_r·R*·F_n·ω̂_rel (ω_rel projected on the tangent
     * plane), LIGGGHTS {@code rolling_friction epsd2} (Ai et al. 2011, Powder Technol. 206:269, model A).
     */
    record ConstantTorque(double rollingFriction) implements RollingModel {
        @Override
        public void apply(Contact c, double fContactN) {
            double wn = c.wx * c.nx + c.wy * c.ny + c.wz * c.nz;
            double wx = c.wx - wn * c.nx, wy = c.wy - wn * c.ny, wz = c.wz - wn * c.nz;
            double w = Math.sqrt(wx * wx + wy * wy + wz * wz);
            if (w > 1e-300) {
                double s = -rollingFriction * c.rStar * fContactN / w;
                c.mx = s * wx;
                c.my = s * wy;
                c.mz = s * wz;
            }
        }
    }
}
