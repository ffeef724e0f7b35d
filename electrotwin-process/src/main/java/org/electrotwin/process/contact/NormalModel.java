package org.electrotwin.process.contact;

/**
 * Normal interaction as a function of the overlap δ = r_i + r_j − d (negative: a gap).
 * Forces are repulsive when positive.
 */
public interface NormalModel {
    /** Normal force, N (positive repels). */
    double force(double delta, double rStar, double eStar, int ti, int tj);

    /** Tangent stiffness dF/dδ, N/m (for damping and the tangential spring). */
    double stiffness(double delta, double rStar, double eStar, int ti, int tj);

    /** Potential energy stored at overlap δ, J (zero when apart). */
    double energy(double delta, double rStar, double eStar, int ti, int tj);

    /** How far beyond contact (gap, m) the model still acts; 0 for contact models. */
    double rangeM();

    /** Exponent p of a power law F ∝ δ^p (restitution calibration), NaN if not a power law. */
    double powerLawExponent();
}
