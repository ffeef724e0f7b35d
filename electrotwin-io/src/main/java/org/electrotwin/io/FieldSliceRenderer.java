package org.electrotwin.io;

import java.awt.image.BufferedImage;
import java.nio.channels.Channels;
import java.nio.file.Path;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.Axis;

/**
 * One slice of a scalar field (concentration, potential, flux magnitude) as a PNG with a
 * perceptually ordered colour ramp (dark purple → orange → pale yellow, after matplotlib's
 * "inferno"), scaled to [0, the slice's 99.5th percentile] so that a few hot voxels at
 * bottlenecks do not wash out the rest. Voxels outside the solved network (value 0) stay black.
 */
public final class FieldSliceRenderer {
    /** Control points of the ramp, as 0xRRGGBB at t = 0, 0.25, 0.5, 0.75, 1. */
    private static final int[] RAMP = {0x000004, 0x57106e, 0xbc3754, 0xf98e09, 0xfcffa4};

    private FieldSliceRenderer() {}

    public static BufferedImage render(float[] field, int nx, int ny, int nz, Axis axis, int index, int scale) {
        int n = switch (axis) {
            case X -> nx;
            case Y -> ny;
            case Z -> nz;
        };
        if (index < 0 || index >= n) {
            throw new InputException("field slice " + axis + "=" + index + " is outside 0.." + (n - 1));
        }
        // slice axes: z-slices show (x, y); x- and y-slices show z upwards, as SliceRenderer does
        int w = axis == Axis.X ? ny : nx;
        int h = axis == Axis.Z ? ny : nz;
        float[] s = new float[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int x = axis == Axis.X ? index : i;
                int y = axis == Axis.X ? i : axis == Axis.Y ? index : j;
                int z = axis == Axis.Z ? index : h - 1 - j;
                s[i + w * j] = field[x + nx * (y + ny * z)];
            }
        }
        float[] sorted = s.clone();
        java.util.Arrays.sort(sorted);
        float max = sorted[Math.min(sorted.length - 1, (int) (0.995 * sorted.length))];
        if (!(max > 0)) {
            max = sorted[sorted.length - 1] > 0 ? sorted[sorted.length - 1] : 1;
        }
        BufferedImage img = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                float v = s[i + w * j];
                int rgb = v <= 0 ? 0 : colour(Math.min(1.0, v / max));
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        img.setRGB(i * scale + dx, j * scale + dy, rgb);
                    }
                }
            }
        }
        return img;
    }

    public static void writePng(Path file, float[] field, int nx, int ny, int nz, Axis axis, int index, int scale) {
        BufferedImage img = render(field, nx, ny, nz, axis, index, scale);
        FileErrors.writeAtomically(file, ch -> {
            if (!javax.imageio.ImageIO.write(img, "png", Channels.newOutputStream(ch))) {
                throw new java.io.IOException("no PNG writer");
            }
        });
    }

    static int colour(double t) {
        double p = t * (RAMP.length - 1);
        int k = Math.min(RAMP.length - 2, (int) p);
        double f = p - k;
        int a = RAMP[k];
        int b = RAMP[k + 1];
        int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
        int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
        return (r << 16) | (g << 8) | bl;
    }
}
