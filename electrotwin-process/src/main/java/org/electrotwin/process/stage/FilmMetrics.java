package org.electrotwin.process.stage;

import org.electrotwin.process.engine.Particles;

/** Geometric measures of a particle film on the current collector. */
public final class FilmMetrics {
    private FilmMetrics() {
    }

    /**
     * Film thickness as a profilometer sees it: the in-plane area is cut into columns about
     * {@code columnM} wide; the mean over columns of the highest sphere top in each column.
     */
    public static double thicknessM(Particles p, double lx, double ly, double columnM) {
        int cx = Math.max(1, (int) (lx / columnM));
        int cy = Math.max(1, (int) (ly / columnM));
        double[] top = new double[cx * cy];
        for (int i = 0; i < p.size(); i++) {
            int a = Math.min(cx - 1, (int) (p.x[i] / lx * cx));
            int b = Math.min(cy - 1, (int) (p.y[i] / ly * cy));
            top[a + cx * b] = Math.max(top[a + cx * b], p.z[i] + p.r[i]);
        }
        double s = 0;
        for (double t : top) {
            s += t;
        }
        return s / top.length;
    }

    /**
     * Film thickness from the solid-fraction profile: the height where the solid fraction of slabs
     * {@code slabM} thick falls below half its interior value (10–80 % of the film) — the dividing
     * surface of the rough top, so that thickness × (1 − interior porosity) × area is the solid volume
     * when the film is uniform.
     */
    public static double profileThicknessM(Particles p, double lx, double ly, double slabM) {
        double top = p.topM();
        int n = Math.max(4, (int) Math.ceil(top / slabM));
        double w = top / n;
        double[] phi = new double[n];
        for (int k = 0; k < n; k++) {
            phi[k] = slabVolumeM3(p, -1, k * w, (k + 1) * w) / (lx * ly * w);
        }
        double h = top;
        for (int iter = 0; iter < 3; iter++) {
            double interior = 0;
            int c = 0;
            for (int k = 0; k < n; k++) {
                double zc = (k + 0.5) * w;
                if (zc > 0.1 * h && zc < 0.8 * h) {
                    interior += phi[k];
                    c++;
                }
            }
            interior = c > 0 ? interior / c : phi[0];
            for (int k = n - 1; k >= 0; k--) {
                if (phi[k] >= 0.5 * interior) {
                    double above = k + 1 < n ? phi[k + 1] : 0;
                    double f = (phi[k] - 0.5 * interior) / Math.max(phi[k] - above, 1e-30);
                    h = (k + 0.5 + Math.min(1, f)) * w;
                    break;
                }
            }
        }
        return h;
    }

    /** Volume of the spheres of one type (−1: all) inside the slab a ≤ z ≤ b, exact sphere–slab intersections, m³. */
    public static double slabVolumeM3(Particles p, int ofType, double a, double b) {
        double v = 0;
        for (int i = 0; i < p.size(); i++) {
            if (ofType >= 0 && p.type[i] != ofType) {
                continue;
            }
            double r = p.r[i];
            double u1 = Math.max(a - p.z[i], -r);
            double u2 = Math.min(b - p.z[i], r);
            if (u2 > u1) {
                v += Math.PI * (r * r * (u2 - u1) - (u2 * u2 * u2 - u1 * u1 * u1) / 3);
            }
        }
        return v;
    }

    /** Porosity of the slab a ≤ z ≤ b. */
    public static double porosity(Particles p, double lx, double ly, double a, double b) {
        return 1 - slabVolumeM3(p, -1, a, b) / (lx * ly * (b - a));
    }

    /**
     * Through-thickness CBD profile: the CBD share of the solid volume in {@code bins} equal
     * slabs of [0, thickness] (bottom first), as Lombardo et al. 2020 plot binder migration.
     */
    public static double[] cbdShareProfile(Particles p, double thickness, int bins) {
        double[] share = new double[bins];
        for (int k = 0; k < bins; k++) {
            double a = thickness * k / bins;
            double b = thickness * (k + 1) / bins;
            double all = slabVolumeM3(p, -1, a, b);
            share[k] = all > 0 ? slabVolumeM3(p, Particles.CBD, a, b) / all : 0;
        }
        return share;
    }

    /**
     * CBD share of the solid above {@code zM} over its share in the whole film: 1 = uniform, &gt; 1 =
     * CBD enriched near the surface (binder migration).
     */
    public static double cbdEnrichment(Particles p, double zM) {
        double inf = Double.POSITIVE_INFINITY;
        double above = slabVolumeM3(p, -1, zM, inf);
        double all = p.volumeM3(-1);
        if (above <= 0 || all <= 0) {
            return Double.NaN;
        }
        return slabVolumeM3(p, Particles.CBD, zM, inf) / above / (p.volumeM3(Particles.CBD) / all);
    }
}
