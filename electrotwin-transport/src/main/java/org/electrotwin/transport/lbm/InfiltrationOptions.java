package org.electrotwin.transport.lbm;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.Axis;

/**
 * Settings of an electrolyte infiltration run ({@link Infiltration}).
 *
 * @param axis              through-thickness axis; the electrolyte enters from one face of it
 * @param inletAtMax        the separator face, where the electrolyte reservoir sits, is the axis' max face (else 0)
 * @param outletOpen        a gas reservoir at the opposite (current-collector) face lets the gas leave; when false
 *                          that face is a wall and the gas can only be compressed or trapped
 * @param pressurePa        electrolyte reservoir pressure above the gas reservoir pressure
 * @param contactAngleDeg   static contact angle of the electrolyte per solid phase name (others: 90°)
 * @param electrolyte       liquid properties for the unit mapping
 * @param gasViscosityRatio lattice μ_gas/μ_liquid, in [1/3, 1] (default 1): the liquid relaxes at τ = ½ + ½/ratio,
 *                          the gas at τ = 1. Physically ≈ 0.006; below 1/3 the G = 3 model is not stable with BGK
 * @param maxSteps          lattice steps at most
 * @param reportEvery       steps between saturation samples (and progress lines)
 * @param steadyTol         stop when the saturation changed less than this over the last {@code steadyWindow} steps
 * @param steadyWindow      steps over which the saturation must settle
 * @param sliceEvery        steps between stored slices (0: none but the final one)
 * @param checkpointEvery   steps between checkpoints (0: none)
 * @param checkpoint        checkpoint file (null: none); an existing one of the same run is resumed
 */
public record InfiltrationOptions(Axis axis, boolean inletAtMax, boolean outletOpen, double pressurePa,
                                  Map<String, Double> contactAngleDeg, Electrolyte electrolyte, double gasViscosityRatio, int maxSteps,
                                  int reportEvery, double steadyTol, int steadyWindow, int sliceEvery,
                                  int checkpointEvery, Path checkpoint) {

    /** Lattice pressure above which the liquid reservoir density leaves the model's comfortable range. */
    static final double MAX_PRESSURE_LU = 0.1;
    /** Smallest lattice gas/liquid viscosity ratio found stable (liquid τ = 2, gas τ = 1). */
    static final double MIN_GAS_VISCOSITY_RATIO = 1.0 / 3 - 1e-4;

    public InfiltrationOptions {
        if (axis == null || contactAngleDeg == null || electrolyte == null) {
            throw new InputException("infiltration: axis, contact angles and electrolyte are required");
        }
        if (!(pressurePa >= 0) || Double.isInfinite(pressurePa)) {
            throw new InputException("infiltration: pressure must be >= 0 Pa, got " + pressurePa);
        }
        contactAngleDeg = Map.copyOf(contactAngleDeg);
        for (Map.Entry<String, Double> e : contactAngleDeg.entrySet()) {
            if (!(e.getValue() >= 0 && e.getValue() <= 180)) {
                throw new InputException("infiltration: contact angle of '" + e.getKey() + "' must be in 0..180 degrees, got " + e.getValue());
            }
        }
        if (!(gasViscosityRatio >= MIN_GAS_VISCOSITY_RATIO && gasViscosityRatio <= 1)) {
            throw new InputException("infiltration: gas/liquid viscosity ratio must be in [1/3, 1], got " + gasViscosityRatio);
        }
        if (maxSteps < 1 || reportEvery < 1 || steadyWindow < 1 || sliceEvery < 0 || checkpointEvery < 0 || !(steadyTol >= 0)) {
            throw new InputException("infiltration: steps, reportEvery and steadyWindow must be positive; sliceEvery, checkpointEvery, steadyTol >= 0");
        }
    }

    /**
     * AM 30°, CBD 60° (PVDF/CMC binder with carbon), SE 40°: assumed, wetting by carbonate electrolytes; 10 kPa. The
     * walls take these angles (a meniscus in a slit takes the asked angle within 5° by its shape, its capillary
     * pressure is ≈ 6 % above 2σ cos θ/w; {@code SlitMeniscusTest}).
     */
    public static InfiltrationOptions defaults() {
        Map<String, Double> angles = new LinkedHashMap<>();
        angles.put("am", 30.0);
        angles.put("cbd", 60.0);
        angles.put("se", 40.0);
        return new InfiltrationOptions(Axis.Z, true, true, 10e3, angles, Electrolyte.naPf6EcDmc(), 1.0, 20_000, 100,
                1e-4, 2000, 1000, 5000, null);
    }

    public InfiltrationOptions withAxis(Axis a) {
        return new InfiltrationOptions(a, inletAtMax, outletOpen, pressurePa, contactAngleDeg, electrolyte, gasViscosityRatio, maxSteps, reportEvery, steadyTol, steadyWindow, sliceEvery, checkpointEvery, checkpoint);
    }

    public InfiltrationOptions withOutletOpen(boolean open) {
        return new InfiltrationOptions(axis, inletAtMax, open, pressurePa, contactAngleDeg, electrolyte, gasViscosityRatio, maxSteps, reportEvery, steadyTol, steadyWindow, sliceEvery, checkpointEvery, checkpoint);
    }

    public InfiltrationOptions withInletAtMax(boolean max) {
        return new InfiltrationOptions(axis, max, outletOpen, pressurePa, contactAngleDeg, electrolyte, gasViscosityRatio, maxSteps, reportEvery, steadyTol, steadyWindow, sliceEvery, checkpointEvery, checkpoint);
    }

    public InfiltrationOptions withPressurePa(double p) {
        return new InfiltrationOptions(axis, inletAtMax, outletOpen, p, contactAngleDeg, electrolyte, gasViscosityRatio, maxSteps, reportEvery, steadyTol, steadyWindow, sliceEvery, checkpointEvery, checkpoint);
    }

    /** Replaces the angles of the phases named in {@code angles}, keeping the others. */
    public InfiltrationOptions withContactAngles(Map<String, Double> angles) {
        Map<String, Double> m = new LinkedHashMap<>(contactAngleDeg);
        m.putAll(angles);
        return new InfiltrationOptions(axis, inletAtMax, outletOpen, pressurePa, m, electrolyte, gasViscosityRatio, maxSteps, reportEvery, steadyTol, steadyWindow, sliceEvery, checkpointEvery, checkpoint);
    }

    public InfiltrationOptions withElectrolyte(Electrolyte e) {
        return new InfiltrationOptions(axis, inletAtMax, outletOpen, pressurePa, contactAngleDeg, e, gasViscosityRatio, maxSteps, reportEvery, steadyTol, steadyWindow, sliceEvery, checkpointEvery, checkpoint);
    }

    /** Lattice μ_gas/μ_liquid in [1/3, 1]; see the record's parameters. */
    public InfiltrationOptions withGasViscosityRatio(double ratio) {
        return new InfiltrationOptions(axis, inletAtMax, outletOpen, pressurePa, contactAngleDeg, electrolyte, ratio, maxSteps, reportEvery, steadyTol, steadyWindow, sliceEvery, checkpointEvery, checkpoint);
    }

    /** Relaxation time of the liquid: ν₁ = (τ₁ − ½)/3 = ν₂/ratio with the gas at τ₂ = 1. */
    double liquidTau() {
        return 0.5 + 0.5 / gasViscosityRatio;
    }

    public InfiltrationOptions withSteps(int steps, int reportEvery, int steadyWindow, int sliceEvery) {
        return new InfiltrationOptions(axis, inletAtMax, outletOpen, pressurePa, contactAngleDeg, electrolyte, gasViscosityRatio, steps, reportEvery, steadyTol, steadyWindow, sliceEvery, checkpointEvery, checkpoint);
    }

    public InfiltrationOptions withSteadyTol(double tol) {
        return new InfiltrationOptions(axis, inletAtMax, outletOpen, pressurePa, contactAngleDeg, electrolyte, gasViscosityRatio, maxSteps, reportEvery, tol, steadyWindow, sliceEvery, checkpointEvery, checkpoint);
    }

    public InfiltrationOptions withCheckpoint(Path file, int every) {
        return new InfiltrationOptions(axis, inletAtMax, outletOpen, pressurePa, contactAngleDeg, electrolyte, gasViscosityRatio, maxSteps, reportEvery, steadyTol, steadyWindow, sliceEvery, every, file);
    }
}
