package org.electrotwin.learn.bo;

import java.util.List;

import org.electrotwin.learn.gp.GaussianProcess;
import org.electrotwin.learn.gp.Prediction;

/**
 * The acquisition function to maximise over the unit cube, from the objective's process and one
 * process per constraint: log-EI (Ament et al. 2023) or UCB (Srinivas et al. 2010, here as the
 * negated lower confidence bound for minimisation), plus Σ log P(feasible) (Gardner et al. 2014).
 * When no evaluation is feasible yet, only the feasibility term is maximised.
 */
final class Acquisition {
    /** Registered acquisition kinds. */
    enum Kind {
        LOG_EI, UCB
    }

    private final Kind kind;
    private final GaussianProcess objective;
    private final List<GaussianProcess> constraintProcesses;
    private final List<Constraint> constraints;
    private final double best;
    private final double sqrtBeta;
    private final int d;

    Acquisition(Kind kind, GaussianProcess objective, List<GaussianProcess> constraintProcesses, List<Constraint> constraints,
            double best, double beta) {
        this.kind = kind;
        this.objective = objective;
        this.constraintProcesses = constraintProcesses;
        this.constraints = constraints;
        this.best = best;
        this.sqrtBeta = Math.sqrt(beta);
        this.d = objective.dimension();
    }

    /**
     * Kriging believer: the process(es) after observing their posterior means at u. The believed value
     * also counts as an incumbent when it is predicted feasible, otherwise EI would stay high next to u.
     */
    Acquisition conditioned(double[] u) {
        double[][] at = {u};
        double mu = objective.predict(at).mean()[0];
        GaussianProcess o = objective.withObservation(u, mu);
        boolean feasible = true;
        List<GaussianProcess> cs = new java.util.ArrayList<>();
        for (int c = 0; c < constraints.size(); c++) {
            GaussianProcess g = constraintProcesses.get(c);
            double m = g.predict(at).mean()[0];
            feasible &= m >= constraints.get(c).lower() && m <= constraints.get(c).upper();
            cs.add(g.withObservation(u, m));
        }
        double newBest = feasible && !(mu >= best) ? mu : best;
        return new Acquisition(kind, o, cs, constraints, newBest, sqrtBeta * sqrtBeta);
    }

    private boolean feasibilityOnly() {
        return Double.isNaN(best);
    }

    /** Values at many unit-cube points (no gradients), for screening candidates. */
    double[] values(double[][] u) {
        double[] out = new double[u.length];
        if (!feasibilityOnly()) {
            Prediction p = objective.predict(u);
            for (int i = 0; i < u.length; i++) {
                out[i] = objectiveTerm(p.mean()[i], Math.sqrt(p.variance()[i]), null);
            }
        }
        for (int c = 0; c < constraints.size(); c++) {
            Prediction p = constraintProcesses.get(c).predict(u);
            for (int i = 0; i < u.length; i++) {
                out[i] += feasibilityTerm(constraints.get(c), p.mean()[i], Math.sqrt(p.variance()[i]), null);
            }
        }
        return out;
    }

    /** Value at one point; writes the gradient with respect to u. */
    double valueAndGradient(double[] u, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        double[] gm = new double[d];
        double[] gv = new double[d];
        double[] partial = new double[2];
        double value = 0;
        if (!feasibilityOnly()) {
            double[] mv = objective.posteriorWithGradient(u, gm, gv);
            double sigma = Math.sqrt(mv[1]);
            value += objectiveTerm(mv[0], sigma, partial);
            accumulate(gradient, partial, gm, gv, sigma);
        }
        for (int c = 0; c < constraints.size(); c++) {
            double[] mv = constraintProcesses.get(c).posteriorWithGradient(u, gm, gv);
            double sigma = Math.sqrt(mv[1]);
            value += feasibilityTerm(constraints.get(c), mv[0], sigma, partial);
            accumulate(gradient, partial, gm, gv, sigma);
        }
        return value;
    }

    private void accumulate(double[] gradient, double[] partial, double[] gm, double[] gv, double sigma) {
        for (int j = 0; j < d; j++) {
            // dσ/du = (dσ²/du) / (2σ)
            gradient[j] += partial[0] * gm[j] + partial[1] * gv[j] / (2 * sigma);
        }
    }

    /** Objective term and, if partial != null, its derivatives {∂/∂μ, ∂/∂σ}. */
    private double objectiveTerm(double mu, double sigma, double[] partial) {
        if (kind == Kind.UCB) {
            if (partial != null) {
                partial[0] = -1;
                partial[1] = sqrtBeta;
            }
            return sqrtBeta * sigma - mu;
        }
        // log EI = log σ + log h(z), z = (best − μ)/σ.
        double z = (best - mu) / sigma;
        if (partial != null) {
            double dh = NormalMath.logHDerivative(z);
            partial[0] = -dh / sigma;
            partial[1] = 1 / sigma - dh * z / sigma;
        }
        return Math.log(sigma) + NormalMath.logH(z);
    }

    private static double feasibilityTerm(Constraint c, double mu, double sigma, double[] partial) {
        double a = (c.lower() - mu) / sigma;
        double b = (c.upper() - mu) / sigma;
        double[] lp = NormalMath.logProbabilityBetween(a, b);
        if (partial != null) {
            double da = Double.isFinite(a) ? lp[1] : 0;
            double db = Double.isFinite(b) ? lp[2] : 0;
            partial[0] = -(da + db) / sigma;
            partial[1] = -((Double.isFinite(a) ? da * a : 0) + (Double.isFinite(b) ? db * b : 0)) / sigma;
        }
        return lp[0];
    }
}
