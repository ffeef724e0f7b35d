package org.electrotwin.process.contact;

/** Hertz: F = 4/3·E*·√R*·δ^{3/2} (Johnson 1985, Contact Mechanics, §4.2). */
final class HertzNormal implements NormalModel {
    @Override
    public double force(double delta, double rStar, double eStar, int ti, int tj) {
        return delta > 0 ? 4.0 / 3.0 * eStar * Math.sqrt(rStar * delta) * delta : 0;
    }

    @Override
    public double stiffness(double delta, double rStar, double eStar, int ti, int tj) {
        return delta > 0 ? 2 * eStar * Math.sqrt(rStar * delta) : 0;
    }

    @Override
    public double energy(double delta, double rStar, double eStar, int ti, int tj) {
        return delta > 0 ? 8.0 / 15.0 * eStar * Math.sqrt(rStar * delta) * delta * delta : 0;
    }

    @Override
    public double rangeM() {
        return 0;
    }

    @Override
    public double powerLawExponent() {
        return 1.5;
    }
}
