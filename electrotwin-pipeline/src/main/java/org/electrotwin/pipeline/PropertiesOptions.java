package org.electrotwin.pipeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrotwin.characterize.CharacterizeOptions;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.transport.PhaseConductivities;

/**
 * What {@link PropertiesCalculator} computes: the characterisation metrics (by name, see
 * {@link CharacterizeOptions#METRICS}) and the transport metrics {@code tortuosity} (TauFactor
 * τ of the transport phases on {@code tortuosityAxes}) and {@code conductivity} (effective
 * electronic and ionic conductivities by finite volumes along the axes; {@code fft} adds the
 * full tensor by FFT homogenisation; {@code permeability} the pore phase's Darcy permeability by
 * lattice Boltzmann).
 *
 * @param conductivitiesSPerM per network ("electronic", "ionic"), the conductivity of each phase name
 * @param keepFields          keep the concentration/potential and flux fields of the transport solves
 */
public record PropertiesOptions(CharacterizeOptions characterize, Set<String> transport, List<Axis> tortuosityAxes,
                                List<String> tortuosityPhases, double relTol, Map<String, Map<String, Double>> conductivitiesSPerM,
                                boolean keepFields) {
    public static final Map<String, String> TRANSPORT_METRICS = Map.of(
            "tortuosity", "tortuosity factor (TauFactor definition) of the pore and se phases by finite volumes",
            "conductivity", "effective electronic and ionic conductivity by finite volumes along each tortuosity axis",
            "fft", "full effective conductivity tensors by FFT homogenisation (periodic)",
            "permeability", "Darcy permeability of the pore phase along each tortuosity axis by lattice Boltzmann (D3Q19 TRT)");

    /** Default phase conductivities (S/m) when no recipe gives them: transport's one table. */
    public static final Map<String, Map<String, Double>> DEFAULT_CONDUCTIVITIES = PhaseConductivities.NETWORKS;

    public static PropertiesOptions defaults() {
        return new PropertiesOptions(CharacterizeOptions.defaults(), new LinkedHashSet<>(List.of("tortuosity", "conductivity")),
                List.of(Axis.Z), List.of("pore", "se"), 1e-4, DEFAULT_CONDUCTIVITIES, false);
    }

    /** Selects metrics from a comma-separated list of characterisation and transport names ("all" for every one). */
    public PropertiesOptions withMetrics(String list) {
        Set<String> t = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder();
        for (String s : list.split(",")) {
            String n = s.strip().toLowerCase(java.util.Locale.ROOT);
            if (n.equals("all")) {
                t.addAll(TRANSPORT_METRICS.keySet());
                rest.append(",all");
            } else if (TRANSPORT_METRICS.containsKey(n)) {
                t.add(n);
            } else if (!n.isEmpty()) {
                if (!CharacterizeOptions.METRICS.containsKey(n)) {
                    throw new InputException("--metrics: unknown metric '" + n + "'; expected some of "
                            + String.join(",", CharacterizeOptions.METRICS.keySet()) + "," + String.join(",", TRANSPORT_METRICS.keySet()));
                }
                rest.append(',').append(n);
            }
        }
        CharacterizeOptions c = rest.length() == 0 ? characterize.withMetrics("fractions") : characterize.withMetrics(rest.substring(1));
        return new PropertiesOptions(c, t, tortuosityAxes, tortuosityPhases, relTol, conductivitiesSPerM, keepFields);
    }

    public PropertiesOptions withAxes(List<Axis> axes) {
        return new PropertiesOptions(characterize, transport, List.copyOf(axes), tortuosityPhases, relTol, conductivitiesSPerM, keepFields);
    }

    public PropertiesOptions withConductivities(Map<String, Map<String, Double>> c) {
        return new PropertiesOptions(characterize, transport, tortuosityAxes, tortuosityPhases, relTol, c, keepFields);
    }

    public PropertiesOptions withKeepFields(boolean keep) {
        return new PropertiesOptions(characterize, transport, tortuosityAxes, tortuosityPhases, relTol, conductivitiesSPerM, keep);
    }
}
