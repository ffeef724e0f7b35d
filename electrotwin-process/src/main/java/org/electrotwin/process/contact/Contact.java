package org.electrotwin.process.contact;

/**
 * Scratch record of one contact, reused inside a loop so the hot path allocates nothing.
 * Inputs are set by the engine; {@link ContactLaw#evaluate} fills the outputs.
 * The unit normal n points from sphere i to sphere j (or to the wall).
 */
public final class Contact {
    // inputs
    public double nx, ny, nz;
    /** Overlap r_i + r_j − distance, m (negative: gap). */
    public double delta;
    /** Effective radius R* = r_i r_j/(r_i + r_j) (r_i for a wall), m. */
    public double rStar;
    /** Effective mass m* = m_i m_j/(m_i + m_j) (m_i for a wall), kg. */
    public double mStar;
    /** Type of i and of j (the wall type for walls). */
    public int ti, tj;
    /** Velocity of j's contact point relative to i's, m/s. */
    public double vx, vy, vz;
    /** Angular velocity ω_i − ω_j, rad/s (rolling resistance). */
    public double wx, wy, wz;

    // outputs
    /** Force on i, N (−this on j). */
    public double fx, fy, fz;
    /** n × F_t (torque lever direction): torque on i is r_i·this, on j is r_j·this. */
    public double tx, ty, tz;
    /** Rolling-resistance torque on i, N·m (−this on j). */
    public double mx, my, mz;
    /** Repulsive normal force magnitude of the contact part, N (for plate pressure, etc.). */
    public double normalForceN;

    void clearOutputs() {
        fx = fy = fz = tx = ty = tz = mx = my = mz = normalForceN = 0;
    }
}
