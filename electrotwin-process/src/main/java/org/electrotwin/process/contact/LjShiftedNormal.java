package org.electrotwin.process.contact;

import org.electrotwin.core.InputException;

/**
 * Lennard-Jones 12-6 shifted by the particle radii, as LAMMPS {@code lj/expand}: the potential
 * minimum (depth ε per type pair) sits at contact, s = gap + 2^{1/6}σ, cut at s = 2.5σ and
 * shifted to zero there. The coarse-grained slurry attraction of ARTISTIC (Ngandjong et al.
 * 2017) uses this form with phase-pair well depths. Walls (type ≥ table size) are purely repulsive.
 */
final class LjShiftedNormal implements NormalModel {
    private static final double S_MIN = Math.pow(2, 1.0 / 6.0);
    private static final double S_CUT = 2.5;
    private final double[][] eps;
    private final double sigma;
    private final double energyAtCut;
    private final int wallType;

    LjShiftedNormal(ContactParams p) {
        if (!(p.ljSigmaM() > 0)) {
            throw new InputException("contact model 'lj-shifted' needs ljSigmaM > 0, got " + p.ljSigmaM());
        }
        this.sigma = p.ljSigmaM();
        int nt = p.typeCount();
        this.eps = new double[nt + 1][nt + 1];
        double maxEps = 0;
        for (int a = 0; a < nt; a++) {
            for (int b = 0; b < nt; b++) {
                eps[a][b] = p.ljWellDepthJ()[a][b];
                maxEps = Math.max(maxEps, eps[a][b]);
            }
        }
        // the wall repels like the deepest pair but never attracts (see energy/force below)
        for (int a = 0; a <= nt; a++) {
            eps[a][nt] = maxEps;
            eps[nt][a] = maxEps;
        }
        if (!(maxEps > 0)) {
            throw new InputException("contact model 'lj-shifted' needs a positive ljWellDepthJ for some type pair");
        }
        double ic6 = Math.pow(1 / S_CUT, 6);
        this.energyAtCut = 4 * (ic6 * ic6 - ic6);
        this.wallType = nt;
    }

    private double s(double delta) {
        return Math.max(-delta / sigma + S_MIN, 0.5);
    }

    private boolean repulsiveOnly(int ti, int tj) {
        return ti == wallType || tj == wallType;
    }

    @Override
    public double force(double delta, double rStar, double eStar, int ti, int tj) {
        double s = s(delta);
        if (s >= S_CUT || (s >= S_MIN && repulsiveOnly(ti, tj))) {
            return 0;
        }
        double i6 = Math.pow(s, -6);
        return 24 * eps[ti][tj] / (sigma * s) * (2 * i6 * i6 - i6);
    }

    @Override
    public double stiffness(double delta, double rStar, double eStar, int ti, int tj) {
        double s = s(delta);
        if (s >= S_CUT || (s >= S_MIN && repulsiveOnly(ti, tj))) {
            return 0;
        }
        double i6 = Math.pow(s, -6);
        return 24 * eps[ti][tj] / (sigma * sigma * s * s) * (26 * i6 * i6 - 7 * i6);
    }

    @Override
    public double energy(double delta, double rStar, double eStar, int ti, int tj) {
        double s = s(delta);
        if (s >= S_CUT) {
            return 0;
        }
        double i6 = Math.pow(s, -6);
        double u = 4 * eps[ti][tj] * (i6 * i6 - i6) - eps[ti][tj] * energyAtCut;
        if (repulsiveOnly(ti, tj)) {
            // WCA-like wall: the repulsive branch shifted so it is zero at contact
            return s >= S_MIN ? 0 : 4 * eps[ti][tj] * (i6 * i6 - i6) + eps[ti][tj];
        }
        return u;
    }

    @Override
    public double rangeM() {
        return (S_CUT - S_MIN) * sigma;
    }

    @Override
    public double powerLawExponent() {
        return Double.NaN;
    }
}
