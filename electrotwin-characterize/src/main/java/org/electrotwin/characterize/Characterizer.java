package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * Runs the metrics chosen in {@link CharacterizeOptions} on a labelled volume. Phases, and the
 * metrics of a phase, run side by side when the free heap holds their working arrays (about 32
 * bytes per voxel per metric), fewer at a time otherwise (a 512³ volume runs one phase at a time
 * in 8 GiB); overlapping them hides the sequential searches (shortest paths, flooding). Every
 * metric is deterministic, so the result does not depend on the schedule.
 */
public final class Characterizer {
    private Characterizer() {}

    public static CharacterizationResult characterize(LabeledVolume v, CharacterizeOptions o) {
        int nx = v.nx(), ny = v.ny(), nz = v.nz();
        double h = v.voxelSizeM();
        long start = System.nanoTime();
        Map<String, Double> timings = new LinkedHashMap<>();
        long[] hist = v.histogram();
        int[] present = v.labelsPresent();

        Map<String, InterfaceMetrics> interfaces = Map.of();
        Map<String, Double> specificSurface = Map.of();
        if (o.wants("interfaces")) {
            InterfaceAreas.Result ia = timed(timings, "interfaces", () -> InterfaceAreas.compute(v));
            interfaces = ia.interfaces();
            specificSurface = ia.phaseSpecificSurfacePerM();
        }

        // phases are independent: run as many side by side as the heap allows (their sequential
        // parts, e.g. shortest paths and flooding, then overlap); results merged in label order
        Map<String, Double> surfaces = specificSurface;
        PhaseMetrics[] perPhase = new PhaseMetrics[present.length];
        Map<String, Double> phaseTimings = new java.util.concurrent.ConcurrentHashMap<>();
        Plan plan = plan(v, present.length);
        for (int first = 0; first < present.length; first += plan.phasesTogether()) {
            int from = first, count = Math.min(plan.phasesTogether(), present.length - first);
            Grid.parallelFor(count, k -> perPhase[from + k] = phase(v, present[from + k], hist, o, surfaces, phaseTimings,
                    plan.jobsTogether()));
        }
        Map<String, PhaseMetrics> phases = new LinkedHashMap<>();
        for (int k = 0; k < present.length; k++) {
            phases.put(perPhase[k].name(), perPhase[k]);
        }
        for (String m : CharacterizeOptions.METRICS.keySet()) {      // fixed key order
            if (phaseTimings.containsKey(m)) timings.put(m, phaseTimings.get(m));
        }

        Map<Axis, ThroughThicknessProfile.Profile> profiles = new EnumMap<>(Axis.class);
        if (o.wants("profiles")) {
            for (Axis a : Axis.values()) {
                profiles.put(a, timed(timings, "profiles", () -> ThroughThicknessProfile.along(v, a)));
            }
        }
        List<RepresentativeVolume.Result> rev = new ArrayList<>();
        if (o.wants("rev")) {
            int[] edges = RepresentativeVolume.defaultEdges(v);
            for (int label : present) {
                rev.add(timed(timings, "rev", () -> RepresentativeVolume.analyze(v, v.phases().name(label) + " volumeFraction",
                        RepresentativeVolume.volumeFraction(label), edges, o.revSamples(), o.seed())));
            }
        }
        timings.put("total", (System.nanoTime() - start) / 1e9);
        return new CharacterizationResult(nx, ny, nz, h, v.phases().completedWith(present).asMap(), phases, interfaces,
                profiles, rev, timings);
    }

    /** Working memory of one metric of one phase, bytes per voxel (watershed, the largest, needs about 32). */
    private static final int BYTES_PER_VOXEL_PER_JOB = 32;
    /** Metric jobs of one phase that hold working arrays at the same time on a small machine (2 cores). */
    private static final int JOBS_PER_PHASE = 2;

    /** How many phases run side by side, and whether the metrics of a phase do too, from the free heap. */
    private record Plan(int phasesTogether, boolean jobsTogether) {}

    private static Plan plan(LabeledVolume v, int phases) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long job = (long) BYTES_PER_VOXEL_PER_JOB * v.voxelCount();
        long slots = free / Math.max(1, job) - 1;      // keep one job's worth spare
        if (slots >= (long) phases * JOBS_PER_PHASE) {
            return new Plan(phases, true);
        }
        return new Plan((int) Math.max(1, Math.min(phases, slots)), false);
    }

    private static PhaseMetrics phase(LabeledVolume v, int label, long[] hist, CharacterizeOptions o,
                                      Map<String, Double> specificSurface, Map<String, Double> timings, boolean jobsTogether) {
        int nx = v.nx(), ny = v.ny(), nz = v.nz();
        double h = v.voxelSizeM();
        String name = v.phases().name(label);
        boolean[] mask = v.mask(label);
        double fraction = hist[label] / (double) v.voxelCount();
        Object[] slot = new Object[6];
        List<Runnable> jobs = new ArrayList<>();
        if (o.wants("connectivity")) {
            jobs.add(() -> slot[0] = timed(timings, "connectivity", () -> PhaseConnectivity.analyze(mask, nx, ny, nz, o.connectivity())));
        }
        if (o.wants("psd")) {
            jobs.add(() -> slot[1] = timed(timings, "psd", () -> LocalThickness.distribution(mask, nx, ny, nz, h)));
        }
        if (o.wants("mip") && o.intrusionPhases().contains(name)) {
            jobs.add(() -> slot[2] = timed(timings, "mip", () -> MercuryIntrusion.intrude(mask, nx, ny, nz, o.intrusionInlet(), h)));
        }
        if (o.wants("watershed") && o.particlePhases().contains(name)) {
            jobs.add(() -> slot[3] = timed(timings, "watershed",
                    () -> Watershed.sizes(Watershed.separate(mask, nx, ny, nz, o.watershedPeakHalfWidth()), h)));
        }
        Map<Axis, GeometricTortuosity.Result> tort = new java.util.concurrent.ConcurrentSkipListMap<>();
        if (o.wants("geotortuosity") && (o.tortuosityPhases().isEmpty() || o.tortuosityPhases().contains(name))) {
            for (Axis a : o.tortuosityAxes()) {
                if (Grid.size(nx, ny, nz, a) > 1) {          // one sequential shortest-path search per axis
                    jobs.add(() -> tort.put(a, timed(timings, "geotortuosity", () -> GeometricTortuosity.along(mask, nx, ny, nz, a, h))));
                }
            }
        }
        if (o.wants("correlation")) {
            jobs.add(() -> slot[4] = timed(timings, "correlation", () -> TwoPointCorrelation.of(mask, nx, ny, nz, h)));
        }
        if (o.wants("chords")) {
            jobs.add(() -> {
                Map<Axis, ChordLength.Result> chords = new EnumMap<>(Axis.class);
                for (Axis a : Axis.values()) {
                    chords.put(a, timed(timings, "chords", () -> ChordLength.along(mask, nx, ny, nz, a, h)));
                }
                slot[5] = chords;
            });
        }
        if (jobsTogether) {
            Grid.parallelFor(jobs.size(), k -> jobs.get(k).run());
        } else {
            jobs.forEach(Runnable::run);
        }
        @SuppressWarnings("unchecked")
        Map<Axis, ChordLength.Result> chords = slot[5] == null ? Map.of() : (Map<Axis, ChordLength.Result>) slot[5];
        return new PhaseMetrics(name, label, fraction, (PhaseConnectivity.Metrics) slot[0],
                specificSurface.getOrDefault(name, Double.NaN), (SizeDistribution) slot[1], (MercuryIntrusion.Result) slot[2],
                (Watershed.ParticleSizes) slot[3], tort.isEmpty() ? new EnumMap<>(Axis.class) : new EnumMap<>(tort),
                (TwoPointCorrelation.Result) slot[4], chords);
    }

    private static <T> T timed(Map<String, Double> timings, String metric, Supplier<T> work) {
        long t0 = System.nanoTime();
        T r = work.get();
        timings.merge(metric, (System.nanoTime() - t0) / 1e9, Double::sum);
        return r;
    }
}
