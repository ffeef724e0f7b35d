package org.electrotwin.learn.bo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.electrotwin.core.InputException;
import org.electrotwin.learn.Seeds;
import org.electrotwin.learn.doe.SobolSequence;
import org.electrotwin.learn.gp.GaussianProcess;
import org.electrotwin.learn.gp.GaussianProcessModel;
import org.electrotwin.learn.opt.BoxLbfgs;

/**
 * Bayesian optimisation with an ask/tell interface: {@link #ask(int)} proposes q points, the caller
 * evaluates them (in parallel, storing each run) and {@link #tell}s the results. The optimiser's
 * state is only the list of evaluations: {@code ask} is a pure function of the settings and that list,
 * so an interrupted campaign that re-creates the optimiser from its stored evaluations gets exactly
 * the proposal it would have got.
 *
 * <p>Each round: the first {@code initialPoints} evaluations follow a scrambled Sobol design; then a
 * Matérn-5/2 GP is fitted (maximum marginal likelihood, seeded restarts) to the goal's scalarised
 * value and one GP to each constrained output, the acquisition is screened on Sobol candidates and
 * perturbations of the best points and refined by box L-BFGS from the best few; batches of q by
 * Kriging believer (Ginsbourger, Le Riche &amp; Carraro 2010): each proposal is added as a fantasy
 * observation at its posterior mean before the next is chosen. Hyperparameters are re-optimised on a
 * prefix schedule (see {@link #hyperparameterPrefix(int)}) so that large campaigns stay fast.
 *
 * <p>Formulations on a bounded simplex: optimise over {@code DesignSpace} unit coordinates with
 * {@code Settings.withAdmissible(u -> space.fromUnit(u) != null)}.
 */
public final class BayesianOptimizer {

    /**
     * @param lower          lower corner of the parameter box
     * @param upper          upper corner of the parameter box
     * @param goal           what to minimise
     * @param constraints    feasibility conditions on outputs
     * @param acquisition    "log-ei" or "ucb" (see {@link #acquisitionNames()})
     * @param ucbBeta        UCB exploration weight β (mean − √β σ)
     * @param initialPoints  size of the initial Sobol design
     * @param candidates     Sobol candidates screened per proposal
     * @param localStarts    L-BFGS refinements per proposal
     * @param gpRestarts     random restarts of each GP hyperparameter fit
     * @param gpMaxIterations L-BFGS iterations per GP fit start
     * @param seed           master seed
     * @param admissible     known constraint on the parameters (e.g. a simplex upper bound), checked
     *                       before any evaluation: proposals always satisfy it (called from several threads)
     */
    public record Settings(double[] lower, double[] upper, Goal goal, List<Constraint> constraints, String acquisition,
            double ucbBeta, int initialPoints, int candidates, int localStarts, int gpRestarts, int gpMaxIterations,
            long seed, Predicate<double[]> admissible) {
        public Settings {
            if (lower.length == 0 || lower.length != upper.length) {
                throw new InputException("optimiser: lower and upper bounds need the same, non-zero length, got "
                        + lower.length + " and " + upper.length);
            }
            for (int j = 0; j < lower.length; j++) {
                if (!(lower[j] < upper[j]) || !Double.isFinite(lower[j]) || !Double.isFinite(upper[j])) {
                    throw new InputException("optimiser: bounds of parameter " + j + " must be finite with lower < upper, got ["
                            + lower[j] + ", " + upper[j] + "]");
                }
            }
            if (lower.length > SobolSequence.MAX_DIMENSION) {
                throw new InputException("optimiser: at most " + SobolSequence.MAX_DIMENSION + " parameters, got " + lower.length);
            }
            if (!ACQUISITIONS.containsKey(acquisition)) {
                throw new InputException("optimiser: unknown acquisition '" + acquisition + "', expected one of "
                        + ACQUISITIONS.keySet());
            }
            if (ACQUISITIONS.get(acquisition) == Acquisition.Kind.UCB && !constraints.isEmpty()) {
                throw new InputException("optimiser: acquisition 'ucb' does not handle constraints; use 'log-ei'");
            }
            if (initialPoints < 1 || candidates < 1 || localStarts < 0 || gpRestarts < 0 || gpMaxIterations < 1 || !(ucbBeta > 0)) {
                throw new InputException("optimiser: needs initialPoints >= 1, candidates >= 1, localStarts >= 0, "
                        + "gpRestarts >= 0, gpMaxIterations >= 1 and ucbBeta > 0");
            }
            lower = lower.clone();
            upper = upper.clone();
            constraints = List.copyOf(constraints);
            admissible = admissible == null ? x -> true : admissible;
        }

        /** log-EI, 2(d+1) initial points, 1024 candidates, 5 local starts, 2 GP restarts, 100 GP iterations. */
        public static Settings defaults(double[] lower, double[] upper, Goal goal, long seed) {
            return new Settings(lower, upper, goal, List.of(), "log-ei", 4.0, 2 * (lower.length + 1), 1024, 5, 2, 100, seed, null);
        }

        public Settings withConstraints(List<Constraint> c) {
            return new Settings(lower, upper, goal, c, acquisition, ucbBeta, initialPoints, candidates, localStarts, gpRestarts,
                    gpMaxIterations, seed, admissible);
        }

        public Settings withAcquisition(String name) {
            return new Settings(lower, upper, goal, constraints, name, ucbBeta, initialPoints, candidates, localStarts, gpRestarts,
                    gpMaxIterations, seed, admissible);
        }

        public Settings withInitialPoints(int n) {
            return new Settings(lower, upper, goal, constraints, acquisition, ucbBeta, n, candidates, localStarts, gpRestarts,
                    gpMaxIterations, seed, admissible);
        }

        public Settings withAdmissible(Predicate<double[]> test) {
            return new Settings(lower, upper, goal, constraints, acquisition, ucbBeta, initialPoints, candidates, localStarts,
                    gpRestarts, gpMaxIterations, seed, test);
        }

        public Settings withGp(int restarts, int maxIterations) {
            return new Settings(lower, upper, goal, constraints, acquisition, ucbBeta, initialPoints, candidates, localStarts,
                    restarts, maxIterations, seed, admissible);
        }
    }

    /** Names of the acquisition functions, as a study file spells them. */
    public static java.util.Set<String> acquisitionNames() {
        return ACQUISITIONS.keySet();
    }

    static final Map<String, Acquisition.Kind> ACQUISITIONS = Map.of("log-ei", Acquisition.Kind.LOG_EI,
            "ucb", Acquisition.Kind.UCB);

    /** One evaluation: parameters and outputs (NaN outputs mark a failed run). */
    public record Evaluation(double[] x, double[] y) {
    }

    private final Settings settings;
    private final int d;
    private final List<double[]> xs = new ArrayList<>();
    private final List<double[]> ys = new ArrayList<>();

    public BayesianOptimizer(Settings settings) {
        this.settings = settings;
        this.d = settings.lower().length;
    }

    /** Re-creates an optimiser from stored evaluations (resume). */
    public static BayesianOptimizer resume(Settings settings, List<Evaluation> evaluations) {
        BayesianOptimizer o = new BayesianOptimizer(settings);
        for (Evaluation e : evaluations) {
            o.tell(new double[][] {e.x()}, new double[][] {e.y()});
        }
        return o;
    }

    public Settings settings() {
        return settings;
    }

    public int size() {
        return xs.size();
    }

    public List<Evaluation> evaluations() {
        List<Evaluation> out = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            out.add(new Evaluation(xs.get(i).clone(), ys.get(i).clone()));
        }
        return out;
    }

    /** Records evaluated points. */
    public void tell(double[][] x, double[][] y) {
        if (x.length != y.length) {
            throw new InputException("optimiser: tell needs as many outputs as inputs, got " + x.length + " and " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new InputException("optimiser: point has " + x[i].length + " parameters, expected " + d);
            }
            for (int o : settings.goal().outputs()) {
                requireOutput(y[i], o);
            }
            for (Constraint c : settings.constraints()) {
                requireOutput(y[i], c.output());
            }
            xs.add(x[i].clone());
            ys.add(y[i].clone());
        }
    }

    private static void requireOutput(double[] y, int o) {
        if (o >= y.length) {
            throw new InputException("optimiser: output index " + o + " is missing from an evaluation with " + y.length + " outputs");
        }
    }

    /** q proposals in the parameter box; a pure function of the settings and the evaluations so far. */
    public double[][] ask(int q) {
        if (q < 1) {
            throw new InputException("optimiser: batch size q must be >= 1, got " + q);
        }
        int n = xs.size();
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (successful(ys.get(i))) {
                ok.add(i);
            }
        }
        if (n < settings.initialPoints() || ok.size() < 2) {
            return initialDesign(n, q);
        }
        Acquisition acq = acquisition(ok, n);
        double[][] out = new double[q][];
        for (int j = 0; j < q; j++) {
            double[] u = maximise(acq, ok, Seeds.derive(settings.seed(), 1_000_000L + 64L * n + j));
            out[j] = fromUnit(new double[][] {u})[0];
            if (j + 1 < q) {
                acq = acq.conditioned(u);
            }
        }
        return out;
    }

    /** Admissible points n..n+q−1 of the scrambled Sobol sequence (inadmissible points are skipped). */
    private double[][] initialDesign(int n, int q) {
        SobolSequence sobol = SobolSequence.scrambled(d, settings.seed());
        double[][] out = new double[q][];
        int seen = 0;
        int filled = 0;
        for (long start = 0; filled < q; start += 256) {
            if (start > 256L * 4096) {
                throw new InputException("optimiser: almost no point of the parameter box is admissible");
            }
            for (double[] x : fromUnit(sobol.points(start, 256))) {
                if (settings.admissible().test(x)) {
                    if (seen >= n && filled < q) {
                        out[filled++] = x;
                    }
                    seen++;
                }
            }
        }
        return out;
    }

    private boolean admissibleUnit(double[] u) {
        return settings.admissible().test(fromUnit(new double[][] {u})[0]);
    }

    private boolean successful(double[] y) {
        for (int o : settings.goal().outputs()) {
            if (!Double.isFinite(y[o])) {
                return false;
            }
        }
        for (Constraint c : settings.constraints()) {
            if (!Double.isFinite(y[c.output()])) {
                return false;
            }
        }
        return true;
    }

    private boolean feasible(double[] y) {
        for (Constraint c : settings.constraints()) {
            if (!c.satisfiedBy(y)) {
                return false;
            }
        }
        return true;
    }

    private Acquisition acquisition(List<Integer> ok, int round) {
        int m = ok.size();
        double[][] u = new double[m][];
        double[][] yOk = new double[m][];
        for (int i = 0; i < m; i++) {
            u[i] = toUnit(xs.get(ok.get(i)));
            yOk[i] = ys.get(ok.get(i));
        }
        double[] s = new double[m];
        double best = Double.NaN;
        for (int i = 0; i < m; i++) {
            s[i] = settings.goal().scalarise(yOk[i], yOk, settings.seed(), round);
            if (feasible(yOk[i]) && !(s[i] >= best)) {
                best = s[i];
            }
        }
        int processes = 1 + settings.constraints().size();
        GaussianProcess[] fitted = new GaussianProcess[processes];
        for (int p = 0; p < processes; p++) {
            double[] target = s;
            if (p > 0) {
                int o = settings.constraints().get(p - 1).output();
                target = new double[m];
                for (int i = 0; i < m; i++) {
                    target[i] = yOk[i][o];
                }
            }
            fitted[p] = fitProcess(u, target, p, round);
        }
        return new Acquisition(ACQUISITIONS.get(settings.acquisition()), fitted[0],
                List.of(fitted).subList(1, processes), settings.constraints(), best, settings.ucbBeta());
    }

    /**
     * Number of leading (successful) evaluations whose maximum-likelihood hyperparameters are used
     * when m are available: all of them up to 64, then the prefix rounded down to a multiple of
     * 2^(⌊log₂ m⌋ − 4) (4 for 64..127, 8 for 128..255, 16 for 256..511, …). Hyperparameters change
     * slowly once data are plentiful, so the O(n³)-per-step likelihood optimisation runs about every
     * m/16 evaluations while every round still conditions on all the data; being a function of the
     * prefix only, the result is the same after a resume.
     */
    static int hyperparameterPrefix(int m) {
        if (m <= 64) {
            return m;
        }
        int step = Integer.highestOneBit(m) >> 4;
        return m - m % step;
    }

    private final Map<String, GaussianProcess.Hyperparameters> hyperCache = new java.util.HashMap<>();

    private GaussianProcess fitProcess(double[][] u, double[] target, int p, int round) {
        int m = u.length;
        int prefix = hyperparameterPrefix(m);
        boolean roundDependent = p == 0 && settings.goal() instanceof Goal.ParEgo;
        if (roundDependent || m <= 64) {
            GaussianProcess gp = model(p, m).fit(u, target);
            if (!roundDependent) {
                hyperCache.put(p + ":" + m, gp.hyperparameters());
            }
            return gp;
        }
        return model(p, m).withHyperparameters(u, target, prefixHyperparameters(u, target, p, prefix));
    }

    /**
     * Maximum-likelihood hyperparameters of the first {@code prefix} evaluations: up to 64 by a
     * multi-start fit; beyond, warm-started from those of the first ⌊prefix/2⌋ (rounded down the prefix
     * schedule), with no random restarts: from there L-BFGS needs a third of the
     * O(n³) likelihood evaluations of a cold multi-start fit. A function of the prefix only, so a
     * resumed optimiser recomputes the same chain (its smaller fits cost 1/8, 1/64, … of the largest).
     */
    private GaussianProcess.Hyperparameters prefixHyperparameters(double[][] u, double[] target, int p, int prefix) {
        GaussianProcess.Hyperparameters h = hyperCache.get(p + ":" + prefix);
        if (h != null) {
            return h;
        }
        double[][] uP = Arrays.copyOf(u, prefix);
        double[] tP = Arrays.copyOf(target, prefix);
        if (prefix <= 64) {
            h = model(p, prefix).fit(uP, tP).hyperparameters();
        } else {
            GaussianProcess.Hyperparameters warm = prefixHyperparameters(u, target, p, hyperparameterPrefix(prefix / 2));
            h = model(p, prefix).withRestarts(0, settings.gpMaxIterations()).withStart(warm).fit(uP, tP).hyperparameters();
        }
        hyperCache.put(p + ":" + prefix, h);
        return h;
    }

    private GaussianProcessModel model(int p, int m) {
        double[] zero = new double[d];
        double[] one = new double[d];
        Arrays.fill(one, 1);
        return new GaussianProcessModel(zero, one, settings.gpRestarts(), settings.gpMaxIterations(), 1e-6,
                Seeds.derive(settings.seed(), 31L * m + p));
    }

    /** Multi-start maximisation of the acquisition on the unit cube. */
    private double[] maximise(Acquisition acq, List<Integer> ok, long seed) {
        int nSobol = settings.candidates();
        double[][] sobol = SobolSequence.scrambled(d, seed).points(nSobol);
        // Local candidates around the best evaluations help exploitation (cheap, deterministic).
        List<double[]> cands = new ArrayList<>(Arrays.asList(sobol));
        SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, 7));
        Integer[] order = ok.toArray(new Integer[0]);
        double[][] all = ys.toArray(new double[0][]);
        double[] scal = new double[xs.size()];
        for (int i : ok) {
            scal[i] = settings.goal().scalarise(ys.get(i), all, settings.seed(), xs.size())
                    + (feasible(ys.get(i)) ? 0 : 1e300);
        }
        Arrays.sort(order, (a, b) -> Double.compare(scal[a], scal[b]));
        for (int r = 0; r < Math.min(5, order.length); r++) {
            double[] c = toUnit(xs.get(order[r]));
            for (int k = 0; k < 20; k++) {
                double[] p = new double[d];
                for (int j = 0; j < d; j++) {
                    p[j] = Math.min(1, Math.max(0, c[j] + 0.02 * rng.nextGaussian()));
                }
                cands.add(p);
            }
        }
        cands.removeIf(c -> !admissibleUnit(c));
        if (cands.isEmpty()) {
            throw new InputException("optimiser: no admissible candidate point found; check the known constraints");
        }
        double[][] candidates = cands.toArray(new double[0][]);
        double[] values = acq.values(candidates);
        Integer[] rank = new Integer[candidates.length];
        for (int i = 0; i < rank.length; i++) {
            rank[i] = i;
        }
        Arrays.sort(rank, (a, b) -> {
            int c = Double.compare(values[b], values[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        double[] bestU = candidates[rank[0]];
        double bestValue = values[rank[0]];
        double[] lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(hi, 1);
        int starts = Math.min(settings.localStarts(), rank.length);
        BoxLbfgs lbfgs = BoxLbfgs.defaults(50);
        BoxLbfgs.Result[] results = new BoxLbfgs.Result[starts];
        IntStream.range(0, starts).parallel().forEach(s -> results[s] = lbfgs.minimize((x, g) -> {
            if (!admissibleUnit(x)) {
                return Double.POSITIVE_INFINITY; // the line search backs off into the admissible set
            }
            double v = acq.valueAndGradient(x, g);
            for (int j = 0; j < g.length; j++) {
                g[j] = -g[j];
            }
            return Double.isFinite(v) ? -v : Double.POSITIVE_INFINITY;
        }, candidates[rank[s]], lo, hi));
        for (BoxLbfgs.Result r : results) {
            if (Double.isFinite(r.value()) && -r.value() > bestValue) {
                bestValue = -r.value();
                bestU = r.x();
            }
        }
        return bestU.clone();
    }

    private double[] toUnit(double[] x) {
        double[] u = new double[d];
        for (int j = 0; j < d; j++) {
            u[j] = (x[j] - settings.lower()[j]) / (settings.upper()[j] - settings.lower()[j]);
        }
        return u;
    }

    private double[][] fromUnit(double[][] u) {
        double[][] x = new double[u.length][d];
        for (int i = 0; i < u.length; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = settings.lower()[j] + u[i][j] * (settings.upper()[j] - settings.lower()[j]);
            }
        }
        return x;
    }

    /** Index of the best feasible successful evaluation for a single-objective or target goal, or -1. */
    public int bestIndex() {
        double[][] all = ys.toArray(new double[0][]);
        int best = -1;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int i = 0; i < ys.size(); i++) {
            double[] y = ys.get(i);
            if (successful(y) && feasible(y)) {
                double v = settings.goal().scalarise(y, all, settings.seed(), 0);
                if (v < bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
        }
        return best;
    }

    /**
     * Best feasible scalarised value after each evaluation (NaN until one is feasible): the BO
     * convergence curve. For ParEGO the scalarisation of round 0 is used.
     */
    public double[] incumbentTrace() {
        double[][] all = ys.toArray(new double[0][]);
        double[] trace = new double[ys.size()];
        double best = Double.NaN;
        for (int i = 0; i < ys.size(); i++) {
            double[] y = ys.get(i);
            if (successful(y) && feasible(y)) {
                double v = settings.goal().scalarise(y, all, settings.seed(), 0);
                if (!(v >= best)) {
                    best = v;
                }
            }
            trace[i] = best;
        }
        return trace;
    }

    /** Indices of the feasible successful evaluations that are Pareto-optimal in the goal's outputs. */
    public int[] paretoFront() {
        int[] outs = settings.goal().outputs();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < ys.size(); i++) {
            if (successful(ys.get(i)) && feasible(ys.get(i))) {
                idx.add(i);
            }
        }
        double[][] pts = new double[idx.size()][outs.length];
        for (int i = 0; i < idx.size(); i++) {
            for (int k = 0; k < outs.length; k++) {
                pts[i][k] = ys.get(idx.get(i))[outs[k]];
            }
        }
        return Arrays.stream(Pareto.front(pts)).map(idx::get).toArray();
    }

    /**
     * Runs ask/evaluate/tell until {@code budget} evaluations: each batch of q is evaluated in
     * parallel; {@code onBatch} sees every batch (e.g. to store it) before the next ask.
     */
    public void run(Objective objective, int budget, int q, java.util.function.BiConsumer<double[][], double[][]> onBatch) {
        while (size() < budget) {
            double[][] x = ask(Math.min(q, budget - size()));
            double[][] y = new double[x.length][];
            IntStream.range(0, x.length).parallel().forEach(i -> y[i] = objective.evaluate(x[i]));
            tell(x, y);
            if (onBatch != null) {
                onBatch.accept(x, y);
            }
        }
    }
}
