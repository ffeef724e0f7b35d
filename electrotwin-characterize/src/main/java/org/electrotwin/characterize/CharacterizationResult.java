package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import java.util.List;
import java.util.Map;

/**
 * The characterisation of one volume (the content of the properties JSON of DESIGN §4.4 that
 * this module owns). Phases are keyed by name in ascending label order; interfaces by
 * "a|b" in alphabetical order; {@code timingsS} gives the wall time of each metric summed over
 * phases (phases may run side by side, so the sum can exceed the elapsed time) and the elapsed
 * time of the whole run under "total".
 */
public record CharacterizationResult(int nx, int ny, int nz, double voxelSizeM, Map<Integer, String> phaseNames,
                                     Map<String, PhaseMetrics> phases, Map<String, InterfaceMetrics> interfaces,
                                     Map<Axis, ThroughThicknessProfile.Profile> profiles,
                                     List<RepresentativeVolume.Result> rev, Map<String, Double> timingsS) {}
