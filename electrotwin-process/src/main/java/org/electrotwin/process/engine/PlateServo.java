package org.electrotwin.process.engine;

/**
 * Drives the top plate to a target pressure: full speed far from it, proportional slow-down near
 * it, and the speed halved every time the pressure overshoots (a plate step larger than the contact
 * overlaps would otherwise make it chatter between no contact and a large overshoot).
 */
public final class PlateServo {
    private final double targetPa;
    private double speedMPerS;
    private final double minSpeedMPerS;
    private int lastSign;

    public PlateServo(double targetPa, double speedMPerS) {
        this.targetPa = targetPa;
        this.speedMPerS = speedMPerS;
        this.minSpeedMPerS = speedMPerS * 1e-4;
    }

    /** Plate velocity (negative: compress) for the measured pressure. */
    public double velocity(double pressurePa) {
        double error = 1 - pressurePa / targetPa;
        int sign = error > 0 ? 1 : -1;
        if (lastSign != 0 && sign != lastSign) {
            speedMPerS = Math.max(minSpeedMPerS, 0.5 * speedMPerS);
        }
        lastSign = sign;
        return -speedMPerS * Math.max(-1, Math.min(1, 2 * error));
    }

    /** True when the pressure is within {@code tolerance} (relative) of the target. */
    public boolean reached(double pressurePa, double tolerance) {
        return Math.abs(1 - pressurePa / targetPa) < tolerance;
    }
}
