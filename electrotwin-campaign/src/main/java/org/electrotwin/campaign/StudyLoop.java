package org.electrotwin.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.electrotwin.learn.bo.BayesianOptimizer;
import org.electrotwin.learn.bo.Constraint;
import org.electrotwin.learn.bo.Goal;
import org.electrotwin.learn.doe.DesignSpace;
import org.electrotwin.learn.doe.Designs;

/**
 * A study end to end: the design of experiments, then rounds of Bayesian optimisation, every
 * run stored in the campaign database before the next step reads it. Run keys are stable
 * ({@code doe-0003}, {@code bo-r01-q0}) and proposals are a pure function of the stored
 * evaluations and the seed, so an interrupted study resumes exactly where it stopped.
 *
 * <p>Optimisation variables: the ranges, then the formulation components but the last, which
 * is 1 minus the others (the simplex); a proposal whose last component leaves its bounds is
 * inadmissible.
 */
public final class StudyLoop {
    private final Study study;
    private final CampaignStore store;
    private final TwinFunction twin;
    private final String softwareVersion;
    private final String campaign;
    private final String source;
    private final int rounds;

    /** The study's campaign (named as the study) on the twin, with the study's rounds. */
    public StudyLoop(Study study, CampaignStore store, TwinFunction twin, String softwareVersion) {
        this(study, store, twin, softwareVersion, study.name(), CampaignStore.SOURCE_TWIN, study.optimization().rounds());
    }

    private StudyLoop(Study study, CampaignStore store, TwinFunction twin, String softwareVersion, String campaign, String source,
                      int rounds) {
        this.study = study;
        this.store = store;
        this.twin = twin;
        this.softwareVersion = softwareVersion;
        this.campaign = campaign;
        this.source = source;
        this.rounds = rounds;
    }

    /**
     * The same loop storing its runs under another campaign name, marked with their source
     * (e.g. an optimisation on a surrogate, kept apart from the twin's runs it learnt from).
     */
    public StudyLoop inCampaign(String campaignName, String runSource) {
        return new StudyLoop(study, store, twin, softwareVersion, campaignName, runSource, rounds);
    }

    /** The same loop with another number of optimisation rounds (e.g. to extend a finished study). */
    public StudyLoop withRounds(int optimisationRounds) {
        if (optimisationRounds < 0) {
            throw new org.electrotwin.core.InputException("optimize: rounds must be >= 0, got " + optimisationRounds);
        }
        return new StudyLoop(study, store, twin, softwareVersion, campaign, source, optimisationRounds);
    }

    public String campaign() {
        return campaign;
    }

    /** The best feasible run so far by the study's goal, and how many runs the loop ran. */
    public record Outcome(int runs, RunRecord best, double bestValue) {}

    public Outcome run(int parallelism, Path workRoot, Consumer<String> progress) throws InterruptedException {
        return run(new LocalExecutor(parallelism), workRoot, progress);
    }

    /** The study with its runs on {@code executor} (local threads, Spark); this JVM alone writes the database. */
    public Outcome run(CampaignExecutor executor, Path workRoot, Consumer<String> progress) throws InterruptedException {
        store.createCampaign(campaign, study.toString());
        int added = store.addRuns(campaign, design(), source);
        progress.accept("design: " + study.design().runs() + " runs (" + study.design().method() + "), " + added + " new");
        int ran = executor.run(store, campaign, twin, workRoot, false, softwareVersion, p -> progress.accept(line(p))).ran();
        for (int round = 0; round < rounds; round++) {
            String prefix = String.format("bo-r%02d-", round);
            boolean proposed = store.runs(campaign).stream().anyMatch(r -> r.key().startsWith(prefix));
            if (!proposed) {
                double[][] x = optimizer().ask(study.optimization().batch());
                List<RunSpec> runs = new ArrayList<>();
                for (int q = 0; q < x.length; q++) {
                    runs.add(new RunSpec(prefix + "q" + q, toParameters(x[q]), seedOf(1000 + round * 64L + q)));
                }
                store.addRuns(campaign, runs, source);
                progress.accept("optimisation round " + (round + 1) + ": " + x.length + " proposals");
            }
            ran += executor.run(store, campaign, twin, workRoot, false, softwareVersion, p -> progress.accept(line(p))).ran();
        }
        return best(ran);
    }

    /** The design's runs with their stable keys and seeds. */
    List<RunSpec> design() {
        DesignSpace space = space();
        double[][] v = Designs.generate(space, study.design().method(), study.design().runs(), study.seed());
        List<String> names = space.names();
        List<RunSpec> runs = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            Map<String, Double> p = new LinkedHashMap<>();
            for (int k = 0; k < names.size(); k++) {
                p.put(names.get(k), v[i][k]);
            }
            runs.add(new RunSpec(String.format("doe-%04d", i), p, seedOf(i)));
        }
        return runs;
    }

    DesignSpace space() {
        List<DesignSpace.Range> ranges = new ArrayList<>();
        for (Study.Range r : study.parameters()) {
            ranges.add(DesignSpace.Range.linear(r.path(), r.lo(), r.hi()));
        }
        List<DesignSpace.SimplexGroup> simplexes = new ArrayList<>();
        study.formulation().ifPresent(s -> simplexes.add(new DesignSpace.SimplexGroup(
                s.components().stream().map(c -> "formulation." + c).toList(), s.lo(), s.hi())));
        return new DesignSpace(ranges, simplexes);
    }

    private long seedOf(long i) {
        return org.electrotwin.learn.Seeds.derive(study.seed(), i) & Long.MAX_VALUE;
    }

    /** Outputs of a run: the objectives (maximised ones negated), then the constrained properties. */
    double[] outputs(JsonNode props) {
        List<Double> y = new ArrayList<>();
        for (Study.Objective o : study.objectives()) {
            y.add(value(props, o.property(), o.maximize()));
        }
        for (Map.Entry<String, Double> t : study.target().entrySet()) {
            y.add(value(props, t.getKey(), false));
        }
        for (Study.Constraint c : study.constraints()) {
            y.add(value(props, c.property(), false));
        }
        return y.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double value(JsonNode props, String path, boolean negate) {
        OptionalDouble v = PropertyPaths.value(props, path);
        return v.isPresent() ? (negate ? -v.getAsDouble() : v.getAsDouble()) : Double.NaN; // NaN: not defined (e.g. no percolation)
    }

    Goal goal() {
        int nObj = study.objectives().size();
        if (!study.target().isEmpty()) {
            int[] idx = new int[study.target().size()];
            double[] target = new double[idx.length];
            int k = 0;
            for (double t : study.target().values()) {
                idx[k] = nObj + k;
                target[k] = t;
                k++;
            }
            return Goal.Target.relative(idx, target);
        }
        return nObj == 1 ? new Goal.Minimise(0) : Goal.ParEgo.of(java.util.stream.IntStream.range(0, nObj).toArray());
    }

    BayesianOptimizer optimizer() {
        DesignSpace space = space();
        int free = study.parameters().size() + study.formulation().map(s -> s.components().size() - 1).orElse(0);
        double[] lo = new double[free];
        double[] hi = new double[free];
        int k = 0;
        for (Study.Range r : study.parameters()) {
            lo[k] = r.lo();
            hi[k++] = r.hi();
        }
        if (study.formulation().isPresent()) {
            Study.Simplex s = study.formulation().get();
            for (int c = 0; c < s.components().size() - 1; c++) {
                lo[k] = s.lo()[c];
                hi[k++] = s.hi()[c];
            }
        }
        int base = study.objectives().size() + study.target().size();
        List<Constraint> cons = new ArrayList<>();
        for (int c = 0; c < study.constraints().size(); c++) {
            Study.Constraint sc = study.constraints().get(c);
            cons.add(new Constraint(base + c, sc.lo(), sc.hi()));
        }
        BayesianOptimizer.Settings settings = BayesianOptimizer.Settings.defaults(lo, hi, goal(), study.seed())
                .withConstraints(cons)
                .withAcquisition(study.optimization().acquisition().equals("ucb") ? "ucb" : "log-ei")
                .withAdmissible(x -> toParameters(x) != null);
        List<BayesianOptimizer.Evaluation> evals = new ArrayList<>();
        for (RunRecord r : store.runs(campaign)) {
            if (r.status() == RunStatus.DONE || r.status() == RunStatus.FAILED) {
                double[] x = fromParameters(r.parameters());
                double[] y = r.status() == RunStatus.DONE ? outputs(PropertyPaths.parse(r.propertiesJson()))
                        : nanOutputs();
                evals.add(new BayesianOptimizer.Evaluation(x, y));
            }
        }
        return BayesianOptimizer.resume(settings, evals);
    }

    private double[] nanOutputs() {
        double[] y = new double[study.objectives().size() + study.target().size() + study.constraints().size()];
        java.util.Arrays.fill(y, Double.NaN);
        return y;
    }

    /** Optimisation variables → named parameters (null when the simplex's last component leaves its bounds). */
    Map<String, Double> toParameters(double[] x) {
        Map<String, Double> p = new LinkedHashMap<>();
        int k = 0;
        for (Study.Range r : study.parameters()) {
            p.put(r.path(), x[k++]);
        }
        if (study.formulation().isPresent()) {
            Study.Simplex s = study.formulation().get();
            double sum = 0;
            for (int c = 0; c < s.components().size() - 1; c++) {
                p.put("formulation." + s.components().get(c), x[k]);
                sum += x[k++];
            }
            int last = s.components().size() - 1;
            double rest = 1 - sum;
            if (rest < s.lo()[last] - 1e-12 || rest > s.hi()[last] + 1e-12) {
                return null;
            }
            p.put("formulation." + s.components().get(last), rest);
        }
        return p;
    }

    double[] fromParameters(Map<String, Double> p) {
        int free = study.parameters().size() + study.formulation().map(s -> s.components().size() - 1).orElse(0);
        double[] x = new double[free];
        int k = 0;
        for (Study.Range r : study.parameters()) {
            x[k++] = p.get(r.path());
        }
        if (study.formulation().isPresent()) {
            Study.Simplex s = study.formulation().get();
            for (int c = 0; c < s.components().size() - 1; c++) {
                x[k++] = p.get("formulation." + s.components().get(c));
            }
        }
        return x;
    }

    /** The best feasible finished run by the goal (for a target: closest; several objectives: first objective). */
    Outcome best(int ran) {
        RunRecord best = null;
        double bestV = Double.POSITIVE_INFINITY;
        Goal g = goal();
        List<RunRecord> done = store.runs(campaign).stream().filter(r -> r.status() == RunStatus.DONE).toList();
        double[][] ys = done.stream().map(r -> outputs(PropertyPaths.parse(r.propertiesJson()))).toArray(double[][]::new);
        int base = study.objectives().size() + study.target().size();
        for (int i = 0; i < done.size(); i++) {
            boolean feasible = true;
            for (int c = 0; c < study.constraints().size(); c++) {
                feasible &= study.constraints().get(c).satisfiedBy(ys[i][base + c]);
            }
            double v = g.scalarise(ys[i], ys, study.seed(), 0);
            if (feasible && !Double.isNaN(v) && v < bestV) {
                bestV = v;
                best = done.get(i);
            }
        }
        return new Outcome(ran, best, bestV);
    }

    private static String line(CampaignRunner.Progress p) {
        return String.format(java.util.Locale.ROOT, "run %s %s in %.1f s (%d/%d)%s", p.key(), p.status(), p.wallTimeS(),
                p.finished(), p.total(), p.error() == null ? "" : ": " + p.error());
    }
}
