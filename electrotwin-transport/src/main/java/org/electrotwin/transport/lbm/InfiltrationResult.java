package org.electrotwin.transport.lbm;

import java.util.Map;

/**
 * Outcome of an electrolyte infiltration run.
 *
 * @param step                 lattice step of each saturation sample
 * @param timeS                physical time of each sample
 * @param saturation           electrolyte fraction of the whole pore space at each sample
 * @param finalSaturation      the last sample
 * @param wettingDegree        electrolyte fraction of the pore space connected to the inlet face (the part that can be reached)
 * @param trappedGasFraction   pore fraction held by gas clusters cut off from the outlet (all gas when the outlet is closed)
 * @param isolatedPoreFraction pore fraction not connected to the inlet face (never wetted, not simulated)
 * @param steps                steps run in total (including those before a resume)
 * @param resumedFromStep      step of the checkpoint resumed from (0: a fresh start)
 * @param steady               stopped because the saturation settled (else maxSteps was reached)
 * @param state                per voxel (x fastest): {@link #SOLID}, {@link #ELECTROLYTE}, {@link #GAS}, {@link #TRAPPED_GAS}, {@link #ISOLATED_PORE}
 * @param contactAngleDegByLabel contact angle used for each solid label
 * @param units                lattice ↔ physical units
 * @param pressureLu           driving pressure in lattice units
 */
public record InfiltrationResult(int[] step, double[] timeS, double[] saturation, double finalSaturation,
                                 double wettingDegree, double trappedGasFraction, double isolatedPoreFraction,
                                 int steps, int resumedFromStep, boolean steady, byte[] state,
                                 Map<Integer, Double> contactAngleDegByLabel, CapillaryUnits units, double pressureLu) {
    public static final byte SOLID = 0;
    public static final byte ELECTROLYTE = 1;
    public static final byte GAS = 2;
    public static final byte TRAPPED_GAS = 3;
    public static final byte ISOLATED_PORE = 4;
}
