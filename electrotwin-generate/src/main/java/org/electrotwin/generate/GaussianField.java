package org.electrotwin.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.electrotwin.core.InputException;
import org.electrotwin.core.units.Dimension;
import org.electrotwin.core.volume.LabeledVolume;
import org.jtransforms.fft.FloatFFT_3D;

/**
 * Thresholded (truncated) Gaussian random field (Matheron et al. 1987; Adler 1981): a
 * stationary, periodic, zero-mean unit-variance Gaussian field is cut at its quantiles into
 * up to three phases, label 1 below the first threshold, label 2 in between, label 0 above,
 * so the fractions are exact (to 1e-4) on every realisation, and label 2 always lies between 1 and 0.
 *
 * <p>The field is white noise filtered in Fourier space by the square root of the spectral
 * density (circulant embedding; Dietrich &amp; Newsam 1997): exact for the Gaussian covariance
 * C(r) = exp(−(r/ℓ)²), whose periodised spectrum is separable, and approximating the
 * exponential covariance C(r) = exp(−r/ℓ) by its continuous spectrum 8πℓ³/(1 + k²ℓ²)².
 * The excursion set's specific surface follows Rice's formula
 * S_V = (2/π)·√(−C''(0))·exp(−u²/2) = (2√2/(πℓ))·exp(−u²/2) for the Gaussian covariance.
 */
public final class GaussianField implements MicrostructureModel {
    public static final int GAUSSIAN = 0;
    public static final int EXPONENTIAL = 1;

    @Override
    public String name() {
        return "gaussian-field";
    }

    @Override
    public String description() {
        return "thresholded Gaussian random field, Gaussian or exponential covariance, via FFT (Matheron et al. 1987)";
    }

    @Override
    public List<Param> parameters() {
        List<Param> p = new ArrayList<>(Grid.PARAMS);
        p.add(Param.of("correlationLengthM", Dimension.LENGTH, 4e-6, "l in C(r) = exp(-(r/l)^2) or exp(-r/l)"));
        p.add(Param.choice("covariance", "covariance function of the field", "gaussian", "exponential"));
        p.add(Param.of("fraction1", Dimension.NONE, 0.5, "volume fraction of label 1 (am), the lowest field values"));
        p.add(Param.of("fraction2", Dimension.NONE, 0.0, "volume fraction of label 2 (cbd), between label 1 and pore"));
        return p;
    }

    @Override
    public LabeledVolume generate(ModelParams p, long seed) {
        p.checkKnown(this);
        Grid g = Grid.of(this, p);
        double f1 = p.get(this, "fraction1");
        double f2 = p.get(this, "fraction2");
        if (!(f1 >= 0 && f2 >= 0 && f1 + f2 <= 1)) {
            throw new InputException("model " + name() + ": fraction1 " + f1 + " and fraction2 " + f2
                    + ": expected non-negative fractions summing to at most 1");
        }
        double ell = p.get(this, "correlationLengthM") / g.voxelSizeM();
        if (!(ell > 0)) {
            throw new InputException("model " + name() + ": correlationLengthM must be positive");
        }
        float[] field = field(g.nx(), g.ny(), g.nz(), ell, (int) p.get(this, "covariance"), seed);
        LabeledVolume v = g.allocate();
        threshold(field, v.labels(), f1, f2);
        return v;
    }

    /**
     * A periodic Gaussian field, unit variance, x fastest, correlation length {@code ell} in
     * voxels, covariance {@link #GAUSSIAN} or {@link #EXPONENTIAL}.
     */
    public static float[] field(int nx, int ny, int nz, double ell, int covariance, long seed) {
        int n = org.electrotwin.core.volume.LabeledVolume.checkedVoxelCount(nx, ny, nz, 12);
        float[] a = new float[2 * n];
        int plane = nx * ny;
        IntStream.range(0, nz).parallel().forEach(z -> {
            UniformRandomProvider rng = Seeds.rng(seed, z);
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
            for (int i = z * plane; i < (z + 1) * plane; i++) {
                a[2 * i] = (float) g.sample();
            }
        });
        FloatFFT_3D fft = new FloatFFT_3D(nz, ny, nx);
        fft.complexForward(a);
        double[] sx;
        double[] sy;
        double[] sz;
        if (covariance == GAUSSIAN) {
            sx = periodisedGaussianSpectrum(nx, ell);
            sy = periodisedGaussianSpectrum(ny, ell);
            sz = periodisedGaussianSpectrum(nz, ell);
        } else if (covariance == EXPONENTIAL) {
            sx = wavenumbers(nx);
            sy = wavenumbers(ny);
            sz = wavenumbers(nz);
        } else {
            throw new InputException("covariance " + covariance + ": expected gaussian or exponential");
        }
        // spectral density S_k, normalised so that the field variance (1/N)·ΣS_k is exactly 1
        double[] total = new double[nz];
        IntStream.range(0, nz).parallel().forEach(z -> {
            double t = 0;
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    t += spectrum(covariance, sx[x], sy[y], sz[z], ell);
                }
            }
            total[z] = t;
        });
        double sum = 0;
        for (double t : total) {
            sum += t;
        }
        double norm = n / sum;
        IntStream.range(0, nz).parallel().forEach(z -> {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = x + nx * (y + ny * z);
                    float amp = (float) Math.sqrt(Math.max(0, spectrum(covariance, sx[x], sy[y], sz[z], ell)) * norm);
                    a[2 * i] *= amp;
                    a[2 * i + 1] *= amp;
                }
            }
        });
        fft.complexInverse(a, true);
        float[] f = new float[n];
        IntStream.range(0, nz).parallel().forEach(z -> {
            for (int i = z * plane; i < (z + 1) * plane; i++) {
                f[i] = a[2 * i];
            }
        });
        return f;
    }

    private static double spectrum(int covariance, double sx, double sy, double sz, double ell) {
        if (covariance == GAUSSIAN) {
            return sx * sy * sz;
        }
        double k2l2 = (sx * sx + sy * sy + sz * sz) * ell * ell;
        return 1 / ((1 + k2l2) * (1 + k2l2));
    }

    /** DFT of the periodised 1D Gaussian exp(−(d/ℓ)²) on n points (non-negative, real). */
    static double[] periodisedGaussianSpectrum(int n, double ell) {
        double[] c = new double[n];
        int images = (int) Math.ceil(6 * ell / n) + 1;
        for (int d = 0; d < n; d++) {
            for (int m = -images; m <= images; m++) {
                double r = (d + (double) m * n) / ell;
                c[d] += Math.exp(-r * r);
            }
        }
        double[] s = new double[n];
        for (int k = 0; k < n; k++) {
            double t = 0;
            for (int d = 0; d < n; d++) {
                t += c[d] * Math.cos(2 * Math.PI * ((long) k * d % n) / n);
            }
            s[k] = Math.max(0, t);
        }
        return s;
    }

    /** Signed angular wavenumbers 2πk/n of the DFT bins. */
    private static double[] wavenumbers(int n) {
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = 2 * Math.PI * (i <= n / 2 ? i : i - n) / n;
        }
        return k;
    }

    /**
     * Labels: 1 where the field is in its lowest fraction f1, 2 in the next f2, 0 above.
     * Thresholds are the field's own quantiles from a 2^16-bin histogram.
     */
    static void threshold(float[] f, byte[] labels, double f1, double f2) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : f) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int bins = 1 << 16;
        double lo = min;
        double w = (max - (double) min) / bins;
        if (!(w > 0)) {
            w = 1;
        }
        double width = w;
        int chunks = 64;
        long[][] hist = new long[chunks][];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            long[] h = new long[bins];
            int a = (int) ((long) f.length * c / chunks);
            int b = (int) ((long) f.length * (c + 1) / chunks);
            for (int i = a; i < b; i++) {
                h[Math.min(bins - 1, (int) ((f[i] - lo) / width))]++;
            }
            hist[c] = h;
        });
        long[] h = new long[bins];
        for (long[] part : hist) {
            for (int b = 0; b < bins; b++) {
                h[b] += part[b];
            }
        }
        int b1 = quantileBin(h, Math.round(f1 * f.length));
        int b2 = quantileBin(h, Math.round((f1 + f2) * f.length));
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int a = (int) ((long) f.length * c / chunks);
            int b = (int) ((long) f.length * (c + 1) / chunks);
            for (int i = a; i < b; i++) {
                int bin = Math.min(bins - 1, (int) ((f[i] - lo) / width));
                labels[i] = (byte) (bin < b1 ? 1 : bin < b2 ? 2 : 0);
            }
        });
    }

    /** The first bin index b such that the count below b is closest to {@code target}. */
    private static int quantileBin(long[] h, long target) {
        long acc = 0;
        for (int b = 0; b < h.length; b++) {
            if (acc + h[b] > target) {
                return target - acc < acc + h[b] - target ? b : b + 1;
            }
            acc += h[b];
        }
        return h.length;
    }
}
