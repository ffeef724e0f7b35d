package org.electrotwin.process.contact;

import org.electrotwin.core.InputException;

/** Linear spring F = k·δ (Cundall &amp; Strack 1979). */
final class HookeNormal implements NormalModel {
    private final double k;

    HookeNormal(ContactParams p) {
        if (!(p.hookeStiffnessNPerM() > 0)) {
            throw new InputException("contact model 'hooke' needs hookeStiffnessNPerM > 0, got " + p.hookeStiffnessNPerM());
        }
        this.k = p.hookeStiffnessNPerM();
    }

    @Override
    public double force(double delta, double rStar, double eStar, int ti, int tj) {
        return delta > 0 ? k * delta : 0;
    }

    @Override
    public double stiffness(double delta, double rStar, double eStar, int ti, int tj) {
        return delta > 0 ? k : 0;
    }

    @Override
    public double energy(double delta, double rStar, double eStar, int ti, int tj) {
        return delta > 0 ? 0.5 * k * delta * delta : 0;
    }

    @Override
    public double rangeM() {
        return 0;
    }

    @Override
    public double powerLawExponent() {
        return 1.0;
    }
}
