package org.electrotwin.process.contact;

import java.util.concurrent.ConcurrentHashMap;
import org.electrotwin.core.InputException;

/**
 * Normal (and tangential) dashpot F_d = −c·√(m*·k)·v, with k the tangent stiffness of the
 * normal model: for Hertz this is the Tsuji et al. (1992) viscoelastic damping used by
 * LIGGGHTS/LAMMPS granular. {@link #coefficient()} is c.
 */
public interface DampingModel {
    double coefficient();

    /** No dissipation (elastic contacts, NVE tests). */
    record None() implements DampingModel {
        @Override
        public double coefficient() {
            return 0;
        }
    }

    /**
     * Viscoelastic damping calibrated to an exact coefficient of restitution. The closed form
     * β = ln e/√(ln²e + π²) is exact only for a linear spring without force clipping; for Hertz
     * the restitution is still velocity independent but differs from it (Antypov &amp; Elliott 2011,
     * EPL 94:50004). We therefore solve the dimensionless collision
     * X'' = −max(0, X^p + c·√(p·X^{p−1})·X'), X(0)=0, X'(0)=1 and bisect c so that the rebound
     * speed equals e — exact for any power-law normal model, with attraction clipped as in the engine.
     */
    final class Viscoelastic implements DampingModel {
        private static final ConcurrentHashMap<String, Double> CACHE = new ConcurrentHashMap<>();
        private final double c;

        public Viscoelastic(double exponent, double restitution) {
            if (Double.isNaN(exponent)) {
                throw new InputException("damping 'viscoelastic' needs a power-law normal model (hertz or hooke)");
            }
            this.c = restitution >= 1 ? 0 : CACHE.computeIfAbsent(exponent + "/" + restitution,
                    k -> calibrate(exponent, restitution));
        }

        @Override
        public double coefficient() {
            return c;
        }

        /** The damping coefficient c that gives restitution e for F ∝ δ^p. */
        static double calibrate(double p, double e) {
            double lo = 0;
            double hi = 1;
            while (restitution(p, hi) > e) {
                hi *= 2;
                if (hi > 1e4) {
                    throw new InputException("restitution " + e + " is too small to calibrate");
                }
            }
            for (int it = 0; it < 60; it++) {
                double mid = 0.5 * (lo + hi);
                if (restitution(p, mid) > e) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return 0.5 * (lo + hi);
        }

        /** Rebound speed of the dimensionless collision with damping c (RK4, linear end interpolation). */
        static double restitution(double p, double c) {
            double h = 1e-4;
            double x = 0;
            double v = 1;
            for (int step = 0; step < 10_000_000; step++) {
                double k1x = v, k1v = acc(p, c, x, v);
                double k2x = v + 0.5 * h * k1v, k2v = acc(p, c, x + 0.5 * h * k1x, k2x);
                double k3x = v + 0.5 * h * k2v, k3v = acc(p, c, x + 0.5 * h * k2x, k3x);
                double k4x = v + h * k3v, k4v = acc(p, c, x + h * k3x, k4x);
                double xn = x + h / 6 * (k1x + 2 * k2x + 2 * k3x + k4x);
                double vn = v + h / 6 * (k1v + 2 * k2v + 2 * k3v + k4v);
                if (xn <= 0 && step > 0) {
                    double f = x / (x - xn);
                    return -(v + f * (vn - v));
                }
                x = xn;
                v = vn;
            }
            return 0; // stuck: fully damped
        }

        private static double acc(double p, double c, double x, double v) {
            if (x <= 0) {
                return 0;
            }
            double f = Math.pow(x, p) + c * Math.sqrt(p * Math.pow(x, p - 1)) * v;
            return -Math.max(0, f);
        }
    }
}
