package org.electrotwin.process.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.electrotwin.core.InputException;
import org.electrotwin.core.json.Json;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.process.engine.Checkpoint;
import org.electrotwin.process.engine.LammpsWriter;
import org.electrotwin.process.engine.Particles;
import org.electrotwin.process.voxel.Voxelizer;

/**
 * Runs slurry → drying → calendering into an output directory: per stage a CSV of its curves, a
 * LAMMPS dump frame, a LAMMPS data file and a checkpoint ({@code <stage>.ckpt}); a rerun in the same
 * directory skips every stage whose checkpoint exists and resumes after the last one.
 * Drying also writes {@code cbd_profile.csv} and {@code drying.json}, calendering {@code calendering.json}
 * (thicknesses, porosities, springback and the fitted compaction law). {@code summary.txt} holds the key numbers.
 */
public final class ProcessRun {
    public static final List<String> STAGES = List.of("slurry", "drying", "calendering");

    /** The final particles, the film top and the summary lines. */
    public record Outcome(Particles particles, double topM, List<String> summary, List<String> stagesRun) {
        public LabeledVolume voxelize(ProcessSpec s, double voxelSizeM) {
            return Voxelizer.voxelize(particles, s.domainXM(), s.domainYM(), topM, voxelSizeM);
        }
    }

    private ProcessRun() {
    }

    /** Runs the requested stages (a prefix-closed subset of {@link #STAGES}) into {@code outDir}. */
    public static Outcome run(ProcessSpec s, Path outDir, List<String> stages) {
        for (String st : stages) {
            if (!STAGES.contains(st)) {
                throw new InputException("--stages: unknown stage '" + st + "', expected some of " + STAGES);
            }
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + outDir, e);
        }
        Particles p = null;
        double top = 0;
        java.util.ArrayList<String> summary = new java.util.ArrayList<>();
        java.util.ArrayList<String> ran = new java.util.ArrayList<>();
        for (String stage : STAGES) {
            if (!stages.contains(stage)) {
                continue;
            }
            Path ckpt = outDir.resolve(stage + ".ckpt");
            if (Files.exists(ckpt)) {
                Checkpoint.Snapshot snap = Checkpoint.read(ckpt);
                p = snap.particles();
                top = snap.topM();
                summary.add(stage + ": resumed from " + ckpt.getFileName());
                continue;
            }
            if (p == null && !stage.equals("slurry")) {
                throw new InputException("stage " + stage + " needs the checkpoint of the stage before it in " + outDir);
            }
            StageCurve curve;
            switch (stage) {
                case "slurry" -> {
                    SlurryStage.Result r = SlurryStage.run(s);
                    p = r.particles();
                    top = r.topM();
                    curve = r.curve();
                    summary.add(fmt("slurry: %d particles (%d am, %d cbd, %d se), film top %.4g m", p.size(),
                            p.count(Particles.AM), p.count(Particles.CBD), p.count(Particles.SE), top));
                }
                case "drying" -> {
                    DryingStage.Result r = DryingStage.run(s, p, top);
                    top = r.dryThicknessM();
                    curve = r.curve();
                    cbdProfileCurve(r).writeCsv(outDir.resolve("cbd_profile.csv"));
                    Json.write(outDir.resolve("drying.json"), dryingJson(r));
                    summary.add(fmt("drying: Pe %.3g, dry thickness %.4g m, mass balance %.4g m (%.1f %%), porosity %.4f"
                            + " (interior %.4f),"
                            + " CBD top-third enrichment %.3f, profile %s", r.peclet().peclet(), r.dryThicknessM(),
                            r.massBalanceThicknessM(), 100 * r.massBalanceError(), r.filmPorosity(), r.interiorPorosity(),
                            r.topThirdEnrichment(),
                            java.util.Arrays.toString(r.cbdProfile())));
                }
                default -> {
                    CalenderingStage.Result r = CalenderingStage.run(s, p);
                    top = r.finalThicknessM();
                    curve = r.curve();
                    Json.write(outDir.resolve("calendering.json"), calenderingJson(r));
                    summary.add(fmt("calendering: thickness %.4g -> %.4g (loaded) -> %.4g m, springback %.4f, porosity %.4f -> %.4f,"
                            + " fit %s", r.initialThicknessM(), r.minThicknessM(), r.finalThicknessM(), r.springback(),
                            r.initialPorosity(), r.finalPorosity(), r.fit()));
                }
            }
            curve.writeCsv(outDir.resolve(stage + ".csv"));
            LammpsWriter.appendDump(outDir.resolve("trajectory.dump"), ran.size(), p, s.domainXM(), s.domainYM(), top);
            LammpsWriter.writeData(outDir.resolve(stage + ".data"), p, s.domainXM(), s.domainYM(), top, Particles.TYPE_COUNT);
            exportNext(stage, s, p, top, outDir);
            Checkpoint.write(ckpt, new Checkpoint.Snapshot(stage, s.domainXM(), s.domainYM(), top, p));
            ran.add(stage);
        }
        try {
            Files.write(outDir.resolve("summary.txt"), summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write summary", e);
        }
        return new Outcome(p, top, summary, ran);
    }

    /**
     * Binder migration study: the slurry checkpointed in {@code outDir} dried again at the spec's evaporation
     * rate times each factor; writes {@code cbd_profile_rates.csv} (relative height, then the CBD share of
     * the solid for each run, labelled by its Péclet number) and returns the drying results in factor order.
     */
    public static List<DryingStage.Result> dryingRateStudy(ProcessSpec s, Path outDir, double[] rateFactors) {
        Path ckpt = outDir.resolve("slurry.ckpt");
        if (!Files.exists(ckpt)) {
            throw new InputException("drying-rate study needs the slurry checkpoint " + ckpt);
        }
        Checkpoint.Snapshot slurry = Checkpoint.read(ckpt);
        List<DryingStage.Result> runs = new java.util.ArrayList<>();
        String[] columns = new String[rateFactors.length + 1];
        columns[0] = "z_over_thickness";
        for (int k = 0; k < rateFactors.length; k++) {
            if (!(rateFactors[k] > 0) || Double.isInfinite(rateFactors[k])) {
                throw new InputException("drying-rate factor " + rateFactors[k] + ": expected a positive number");
            }
            ProcessSpec sk = s.withEvaporationRate(s.evaporationRateMPerS() * rateFactors[k]);
            DryingStage.Result r = DryingStage.run(sk, slurry.particles().copy(), slurry.topM());
            runs.add(r);
            columns[k + 1] = fmt("cbd_share_pe_%.3g", r.peclet().peclet());
        }
        StageCurve c = new StageCurve(columns);
        int n = runs.isEmpty() ? 0 : runs.get(0).cbdProfile().length;
        for (int b = 0; b < n; b++) {
            double[] row = new double[columns.length];
            row[0] = (b + 0.5) / n;
            for (int k = 0; k < runs.size(); k++) {
                row[k + 1] = runs.get(k).cbdProfile()[b];
            }
            c.add(row);
        }
        c.writeCsv(outDir.resolve("cbd_profile_rates.csv"));
        return runs;
    }

    /** The dried film's through-thickness CBD profile: slab centre (m and fraction of the thickness), CBD share of the solid. */
    public static StageCurve cbdProfileCurve(DryingStage.Result r) {
        StageCurve c = new StageCurve("z_m", "z_over_thickness", "cbd_share");
        int n = r.cbdProfile().length;
        for (int k = 0; k < n; k++) {
            double f = (k + 0.5) / n;
            c.add(f * r.dryThicknessM(), f, r.cbdProfile()[k]);
        }
        return c;
    }

    private static Map<String, Object> dryingJson(DryingStage.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("peclet", r.peclet().peclet());
        m.put("dryThicknessM", r.dryThicknessM());
        m.put("massBalanceThicknessM", r.massBalanceThicknessM());
        m.put("porosity", r.filmPorosity());
        m.put("interiorPorosity", r.interiorPorosity());
        m.put("cbdTopThirdEnrichment", r.topThirdEnrichment());
        m.put("cbdShareProfile", r.cbdProfile());
        return m;
    }

    private static Map<String, Object> calenderingJson(CalenderingStage.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("initialThicknessM", r.initialThicknessM());
        m.put("minThicknessM", r.minThicknessM());
        m.put("finalThicknessM", r.finalThicknessM());
        m.put("springback", r.springback());
        m.put("initialPorosity", r.initialPorosity());
        m.put("finalPorosity", r.finalPorosity());
        if (r.fit() != null) { // ε(p) = ε_min + (ε_0 − ε_min)·exp(−p/γ)
            m.put("compactionFit", Map.of("epsilon0", r.fit().epsilon0(), "epsilonMin", r.fit().epsilonMin(),
                    "gammaPa", r.fit().gammaPa(), "rmsError", r.fit().rmsError()));
        }
        return m;
    }

    /** Writes {@code <next stage>.in}: a LAMMPS script that runs the next stage from this stage's data file. */
    private static void exportNext(String stage, ProcessSpec s, Particles p, double top, Path outDir) {
        double mean = 0;
        for (int i = 0; i < p.size(); i++) {
            mean += p.m[i] / p.size();
        }
        double dt = ProcessModels.timeStepS(s, p);
        if (stage.equals("slurry")) {
            dt /= Math.cbrt(s.cbdSwellingRatio());
            double hDry = s.solidVolumeM3() / (s.domainXM() * s.domainYM() * 0.55);
            PecletMapping pe = PecletMapping.of(s, Math.max(0.1 * top, top - hDry), s.stepsPerStage(), dt);
            LammpsWriter.writeInput(outDir.resolve("drying.in"), "slurry.data", ProcessModels.dem(s), dt,
                    0.3 * s.cbdDryDiameterM(), Math.max(top, p.topM()), -pe.surfaceSpeedMPerS(), pe.dragRatePerS(), mean,
                    s.stepsPerStage());
        } else if (stage.equals("drying")) {
            double speed = 0.5 * top / (s.stepsPerStage() * dt);
            LammpsWriter.writeInput(outDir.resolve("calendering.in"), "drying.data", ProcessModels.dem(s), dt,
                    0.25 * s.cbdDryDiameterM(), p.topM(), -speed, 1 / (2000 * dt), mean, s.stepsPerStage());
        }
    }

    private static String fmt(String f, Object... a) {
        return String.format(Locale.ROOT, f, a);
    }
}
