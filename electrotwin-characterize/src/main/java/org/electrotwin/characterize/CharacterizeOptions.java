package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrotwin.core.InputException;

/**
 * What {@link Characterizer} computes and how. Metric names (the CLI's {@code --metrics}) are
 * the keys of {@link #METRICS}; phase lists name phases, and names absent from a volume are
 * skipped.
 *
 * @param metrics               metric names to compute
 * @param connectivity          adjacency for components, percolation and isolated/dead-end fractions
 * @param intrusionInlet        face the simulated mercury enters through (default Z_MAX, the separator side)
 * @param intrusionPhases       phases intruded (default pore)
 * @param particlePhases        phases separated into particles by watershed (default am)
 * @param watershedPeakHalfWidth half-width in voxels of the cube in which a marker is a distance maximum
 * @param tortuosityPhases      phases whose geometric tortuosity is computed (default pore and se, the
 *                              ionic paths; empty: every phase)
 * @param tortuosityAxes        axes of geometric tortuosity (default z, through the thickness)
 * @param revSamples            sub-volumes per edge in the REV check
 * @param seed                  seed of the REV sub-volume positions
 */
public record CharacterizeOptions(Set<String> metrics, Connectivity connectivity, Face intrusionInlet,
                                  List<String> intrusionPhases, List<String> particlePhases, int watershedPeakHalfWidth,
                                  List<String> tortuosityPhases, List<Axis> tortuosityAxes, int revSamples, long seed) {

    /** Every metric with a one-line description, in the order they are computed. */
    public static final Map<String, String> METRICS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fractions", "volume fraction of every phase");
        m.put("connectivity", "connected components: face-connected, percolating, isolated and dead-end fractions");
        m.put("interfaces", "area and specific area of every phase pair; specific surface per phase");
        m.put("psd", "local-thickness size distribution of every phase (d10, d50, d90)");
        m.put("mip", "simulated mercury intrusion of the intrusion phases from the inlet face");
        m.put("watershed", "particle size distribution of the particle phases by distance-transform watershed");
        m.put("geotortuosity", "geometric tortuosity (shortest path / straight distance)");
        m.put("correlation", "two-point correlation by FFT");
        m.put("chords", "chord-length distributions and mean intercept length along x, y, z");
        m.put("profiles", "per-slice phase fractions along x, y, z");
        m.put("rev", "representative-volume check of the phase fractions");
        METRICS = java.util.Collections.unmodifiableMap(m);
    }

    public CharacterizeOptions {
        metrics = Set.copyOf(metrics);
        for (String name : metrics) {
            if (!METRICS.containsKey(name)) {
                throw new InputException("--metrics: unknown metric '" + name + "', expected some of " + String.join(",", METRICS.keySet()));
            }
        }
        if (watershedPeakHalfWidth < 1) {
            throw new InputException("watershed peak half-width " + watershedPeakHalfWidth + ": expected at least 1 voxel");
        }
        if (revSamples < 1) {
            throw new InputException("REV samples " + revSamples + ": expected at least 1");
        }
        intrusionPhases = List.copyOf(intrusionPhases);
        particlePhases = List.copyOf(particlePhases);
        tortuosityPhases = List.copyOf(tortuosityPhases);
        tortuosityAxes = List.copyOf(tortuosityAxes);
    }

    /** Everything except the two costly extras (correlation, rev). */
    public static CharacterizeOptions defaults() {
        Set<String> m = new LinkedHashSet<>(METRICS.keySet());
        m.remove("correlation");
        m.remove("rev");
        return new CharacterizeOptions(m, Connectivity.SIX, Face.Z_MAX, List.of("pore"), List.of("am"), 3,
                List.of("pore", "se"), List.of(Axis.Z), 8, 1L);
    }

    /** The same options with the metrics of a comma-separated list ("all" for every metric). */
    public CharacterizeOptions withMetrics(String commaSeparated) {
        Set<String> m = new LinkedHashSet<>();
        for (String s : commaSeparated.split(",")) {
            String name = s.strip().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("all")) {
                m.addAll(METRICS.keySet());
            } else if (!name.isEmpty()) {
                m.add(name);
            }
        }
        if (m.isEmpty()) {
            throw new InputException("--metrics '" + commaSeparated + "': expected a comma-separated list of " + String.join(",", METRICS.keySet()));
        }
        return new CharacterizeOptions(m, connectivity, intrusionInlet, intrusionPhases, particlePhases,
                watershedPeakHalfWidth, tortuosityPhases, tortuosityAxes, revSamples, seed);
    }

    public boolean wants(String metric) {
        return metrics.contains(metric);
    }
}
