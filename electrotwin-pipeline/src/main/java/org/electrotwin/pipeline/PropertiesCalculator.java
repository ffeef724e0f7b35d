package org.electrotwin.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.electrotwin.characterize.CharacterizationResult;
import org.electrotwin.characterize.Characterizer;
import org.electrotwin.characterize.GeometricTortuosity;
import org.electrotwin.characterize.PhaseMetrics;
import org.electrotwin.core.properties.ElectrodeProperties;
import org.electrotwin.core.properties.ElectrodeProperties.ConductivityProperties;
import org.electrotwin.core.properties.ElectrodeProperties.InterfaceProperties;
import org.electrotwin.core.properties.ElectrodeProperties.PerAxis;
import org.electrotwin.core.properties.ElectrodeProperties.PerAxisFlags;
import org.electrotwin.core.properties.ElectrodeProperties.PermeabilityProperties;
import org.electrotwin.core.properties.ElectrodeProperties.PhaseProperties;
import org.electrotwin.core.properties.ElectrodeProperties.SizeSummary;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.transport.ConductivityResult;
import org.electrotwin.transport.ConductivityTensorResult;
import org.electrotwin.transport.EffectiveConductivity;
import org.electrotwin.transport.FftHomogenization;
import org.electrotwin.transport.FftOptions;
import org.electrotwin.transport.FvOptions;
import org.electrotwin.transport.PhaseConductivities;
import org.electrotwin.transport.TortuosityFactor;
import org.electrotwin.transport.TortuosityResult;
import org.electrotwin.transport.lbm.LbmOptions;
import org.electrotwin.transport.lbm.Permeability;
import org.electrotwin.transport.lbm.PermeabilityResult;

/**
 * Characterisation and transport of one labelled volume, assembled into the properties record
 * of DESIGN §4.4. Pure function of the volume and the options.
 */
public final class PropertiesCalculator {
    private PropertiesCalculator() {}

    /** The properties, and the detailed results behind them (distributions, profiles, solver statistics). */
    public record Report(ElectrodeProperties properties, CharacterizationResult characterization,
                         Map<String, Map<Axis, TortuosityResult>> tortuosity, Map<String, Map<Axis, ConductivityResult>> conductivity,
                         Map<String, ConductivityTensorResult> conductivityTensors, Map<String, Double> timingsS,
                         Map<Axis, PermeabilityResult> permeability) {}

    public static Report compute(LabeledVolume v, PropertiesOptions o, Consumer<String> progress) {
        Map<String, Double> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        progress.accept("characterising " + String.join(", ", o.characterize().metrics()));
        CharacterizationResult c = Characterizer.characterize(v, o.characterize());
        timings.put("characterize", (System.nanoTime() - t0) / 1e9);

        Map<String, Map<Axis, TortuosityResult>> tau = new LinkedHashMap<>();
        if (o.transport().contains("tortuosity")) {
            for (String phase : o.tortuosityPhases()) {
                int label = v.phases().labelOf(phase);
                if (label < 0 || !c.phases().containsKey(phase)) {
                    continue;
                }
                Map<Axis, TortuosityResult> perAxis = new LinkedHashMap<>();
                for (Axis a : o.tortuosityAxes()) {
                    long t = System.nanoTime();
                    progress.accept("tortuosity factor of " + phase + " along " + a.key());
                    perAxis.put(a, TortuosityFactor.compute(v, label, a, FvOptions.defaults().withRelTol(o.relTol()).withKeepFields(o.keepFields())));
                    timings.put("tortuosity." + phase + "." + a.key(), (System.nanoTime() - t) / 1e9);
                }
                tau.put(phase, perAxis);
            }
        }
        Map<String, Map<Axis, ConductivityResult>> sigma = new LinkedHashMap<>();
        Map<String, ConductivityTensorResult> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Double>> net : o.conductivitiesSPerM().entrySet()) {
            double[] table = PhaseConductivities.table(net.getValue(), v.phases(), 0.0);
            if (o.transport().contains("conductivity")) {
                Map<Axis, ConductivityResult> perAxis = new LinkedHashMap<>();
                for (Axis a : o.tortuosityAxes()) {
                    long t = System.nanoTime();
                    progress.accept(net.getKey() + " conductivity along " + a.key());
                    perAxis.put(a, EffectiveConductivity.compute(v, table, a, FvOptions.defaults().withRelTol(o.relTol()).withKeepFields(o.keepFields())));
                    timings.put("conductivity." + net.getKey() + "." + a.key(), (System.nanoTime() - t) / 1e9);
                }
                sigma.put(net.getKey(), perAxis);
            }
            if (o.transport().contains("fft")) {
                long t = System.nanoTime();
                progress.accept(net.getKey() + " conductivity tensor by FFT homogenisation");
                tensors.put(net.getKey(), FftHomogenization.compute(v, table, FftOptions.defaults()));
                timings.put("fft." + net.getKey(), (System.nanoTime() - t) / 1e9);
            }
        }
        Map<Axis, PermeabilityResult> perm = new LinkedHashMap<>();
        int pore = v.phases().labelOf("pore");
        if (o.transport().contains("permeability") && pore >= 0) {
            for (Axis a : o.tortuosityAxes()) {
                long t = System.nanoTime();
                perm.put(a, Permeability.compute(v, pore, a, LbmOptions.defaults(), progress));
                timings.put("permeability." + a.key(), (System.nanoTime() - t) / 1e9);
            }
        }
        timings.put("total", (System.nanoTime() - t0) / 1e9);
        return new Report(assemble(v, c, tau, sigma, tensors, perm, o), c, tau, sigma, tensors, timings, perm);
    }

    static ElectrodeProperties assemble(LabeledVolume v, CharacterizationResult c, Map<String, Map<Axis, TortuosityResult>> tau,
                                        Map<String, Map<Axis, ConductivityResult>> sigma, Map<String, ConductivityTensorResult> tensors,
                                        Map<Axis, PermeabilityResult> perm, PropertiesOptions o) {
        Map<String, String> phaseNames = new LinkedHashMap<>();
        c.phaseNames().forEach((l, n) -> phaseNames.put(Integer.toString(l), n));
        ElectrodeProperties.VolumeSummary vs = new ElectrodeProperties.VolumeSummary(new int[] {v.nx(), v.ny(), v.nz()}, v.voxelSizeM(), phaseNames);

        Map<String, PhaseProperties> phases = new LinkedHashMap<>();
        for (PhaseMetrics m : c.phases().values()) {
            var conn = m.connectivity();
            Map<Axis, TortuosityResult> t = tau.getOrDefault(m.name(), Map.of());
            Map<String, SizeSummary> sizes = new LinkedHashMap<>();
            if (m.localThickness() != null) {
                sizes.put("localThickness", size("local thickness (largest inscribed sphere)", m.localThickness()));
            }
            if (m.intrusion() != null) {
                sizes.put("intrusion", size("simulated mercury intrusion from " + m.intrusion().inlet(), m.intrusion().distribution()));
            }
            if (m.particles() != null && m.particles().count() > 0) {
                sizes.put("particles", size("watershed particles, equivalent-sphere diameter, volume-weighted", m.particles().byVolume()));
            }
            phases.put(m.name(), new PhaseProperties(
                    m.label(),
                    m.volumeFraction(),
                    conn == null ? null : conn.connectedFraction(),
                    conn == null ? null : new PerAxisFlags(conn.percolatingX(), conn.percolatingY(), conn.percolatingZ()),
                    conn == null ? null : conn.isolatedFraction(),
                    conn == null ? null : conn.deadEndFraction().z(),
                    t.isEmpty() ? null : perAxis(t, r -> r.tortuosityFactor().isPresent() ? r.tortuosityFactor().getAsDouble() : null),
                    t.isEmpty() ? null : perAxis(t, r -> r.relativeDiffusivity()),
                    t.isEmpty() ? null : perAxis(t, r -> r.macMullinNumber().isPresent() ? r.macMullinNumber().getAsDouble() : null),
                    geo(m.geometricTortuosity()),
                    sizes.isEmpty() ? null : sizes,
                    Double.isNaN(m.specificSurfacePerM()) ? null : m.specificSurfacePerM()));
            if (!t.isEmpty() && phases.get(m.name()).percolating() == null) {
                // tortuosity without the connectivity metric: percolation as the solver found it
                PhaseProperties p = phases.get(m.name());
                phases.put(m.name(), new PhaseProperties(p.label(), p.volumeFraction(), p.connectedFraction(),
                        flags(t, TortuosityResult::percolating), p.isolatedFraction(), p.deadEndFraction(),
                        p.tortuosityFactor(), p.relativeDiffusivity(), p.macMullinNumber(), p.geometricTortuosity(), p.sizeDistribution(),
                        p.specificSurfacePerM()));
            }
        }
        Map<String, InterfaceProperties> interfaces = new LinkedHashMap<>();
        if (c.interfaces() != null) {
            c.interfaces().forEach((k, m) -> interfaces.put(k, new InterfaceProperties(m.areaM2(), m.specificAreaPerM())));
        }
        Map<String, ConductivityProperties> cond = new LinkedHashMap<>();
        for (String net : o.conductivitiesSPerM().keySet()) {
            Map<Axis, ConductivityResult> fv = sigma.get(net);
            if (fv != null) {
                cond.put(net, new ConductivityProperties("finite volumes", perAxis(fv, r -> r.effectiveConductivitySPerM()),
                        o.conductivitiesSPerM().get(net)));
            }
            ConductivityTensorResult fft = tensors.get(net);
            if (fft != null) {
                cond.put(net + ".fft", new ConductivityProperties("periodic homogenisation, tensor diagonal: " + fft.solver(),
                        new PerAxis(fft.along(Axis.X), fft.along(Axis.Y), fft.along(Axis.Z)), o.conductivitiesSPerM().get(net)));
            }
        }
        return new ElectrodeProperties(vs, phases, interfaces.isEmpty() ? null : interfaces, cond.isEmpty() ? null : cond,
                perm.isEmpty() ? null : permeability(perm), ElectrodeProperties.unitTable());
    }

    private static PermeabilityProperties permeability(Map<Axis, PermeabilityResult> perm) {
        return new PermeabilityProperties("lattice Boltzmann D3Q19 TRT, sealed sides, body force", "pore",
                perAxis(perm, r -> r.permeabilityM2().isPresent() ? r.permeabilityM2().getAsDouble() : null),
                flags(perm, PermeabilityResult::percolating), flags(perm, PermeabilityResult::converged));
    }

    /** A yes/no per axis; null for the axes not computed. */
    private static <R> PerAxisFlags flags(Map<Axis, R> m, java.util.function.Predicate<R> f) {
        return new PerAxisFlags(m.containsKey(Axis.X) ? f.test(m.get(Axis.X)) : null,
                m.containsKey(Axis.Y) ? f.test(m.get(Axis.Y)) : null,
                m.containsKey(Axis.Z) ? f.test(m.get(Axis.Z)) : null);
    }

    private static <R> PerAxis perAxis(Map<Axis, R> m, java.util.function.Function<R, Double> f) {
        return new PerAxis(m.containsKey(Axis.X) ? f.apply(m.get(Axis.X)) : null,
                m.containsKey(Axis.Y) ? f.apply(m.get(Axis.Y)) : null,
                m.containsKey(Axis.Z) ? f.apply(m.get(Axis.Z)) : null);
    }

    private static PerAxis geo(Map<Axis, GeometricTortuosity.Result> g) {
        if (g == null || g.isEmpty()) {
            return null;
        }
        return perAxis(g, r -> Double.isFinite(r.tortuosity()) && r.outletVoxelsReached() > 0 ? r.tortuosity() : null);
    }

    private static SizeSummary size(String method, org.electrotwin.characterize.SizeDistribution d) {
        return new SizeSummary(method, d.d10M(), d.d50M(), d.d90M(), d.meanM());
    }

    /** Every distribution of a report as CSV tables: name → rows (header first). */
    public static Map<String, List<String>> distributionTables(CharacterizationResult c) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (PhaseMetrics m : c.phases().values()) {
            addSize(out, m.name() + "-local-thickness", m.localThickness());
            if (m.intrusion() != null) {
                addSize(out, m.name() + "-intrusion", m.intrusion().distribution());
            }
            if (m.particles() != null && m.particles().count() > 0) {
                addSize(out, m.name() + "-particles", m.particles().byVolume());
            }
            if (m.chords() != null) {
                m.chords().forEach((a, r) -> {
                    List<String> rows = new ArrayList<>();
                    rows.add("chordLengthM,count");
                    for (int i = 0; i < r.lengthM().length; i++) {
                        rows.add(r.lengthM()[i] + "," + r.count()[i]);
                    }
                    out.put(m.name() + "-chords-" + a.key(), rows);
                });
            }
            if (m.correlation() != null) {
                List<String> rows = new ArrayList<>();
                rows.add("distanceM,probability");
                for (int i = 0; i < m.correlation().distanceM().length; i++) {
                    rows.add(m.correlation().distanceM()[i] + "," + m.correlation().probability()[i]);
                }
                out.put(m.name() + "-two-point-correlation", rows);
            }
        }
        if (c.rev() != null && !c.rev().isEmpty()) {
            List<String> rows = new ArrayList<>();
            rows.add("metric,edgeVoxels,edgeM,samples,mean,std,min,max");
            for (var r : c.rev()) {
                for (var pt : r.points()) {
                    rows.add(r.metric() + "," + pt.edgeVoxels() + "," + pt.edgeM() + "," + pt.samples() + "," + pt.mean() + ","
                            + pt.std() + "," + pt.min() + "," + pt.max());
                }
            }
            out.put("rev", rows);
        }
        if (c.profiles() != null) {
            c.profiles().forEach((a, p) -> {
                List<String> rows = new ArrayList<>();
                rows.add("positionM," + String.join(",", p.fractions().keySet()));
                for (int i = 0; i < p.positionM().length; i++) {
                    StringBuilder sb = new StringBuilder().append(p.positionM()[i]);
                    for (double[] f : p.fractions().values()) {
                        sb.append(',').append(f[i]);
                    }
                    rows.add(sb.toString());
                }
                out.put("profile-" + a.key(), rows);
            });
        }
        return out;
    }

    private static void addSize(Map<String, List<String>> out, String name, org.electrotwin.characterize.SizeDistribution d) {
        if (d == null) {
            return;
        }
        List<String> rows = new ArrayList<>();
        rows.add("diameterM,volumeFraction");
        for (int i = 0; i < d.diameterM().length; i++) {
            rows.add(d.diameterM()[i] + "," + d.volumeFraction()[i]);
        }
        out.put(name, rows);
    }
}
