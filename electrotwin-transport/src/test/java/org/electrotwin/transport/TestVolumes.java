package org.electrotwin.transport;

import java.awt.image.Raster;
import java.io.File;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Test inputs: seeded random volumes and the real electrode (read with the JDK's TIFF plugin). */
public final class TestVolumes {
    /** shared/ lies beside the repository (CI's clone and the developers' checkout alike). */
    static final File ELECTRODE = org.electrotwin.core.volume.ReferenceVolumes.nmcElectrode256()
            .map(java.nio.file.Path::toFile).orElse(new File("../../shared/data/nmc-electrode-256.tiff"));

    private TestVolumes() {}

    /** Independent Bernoulli voxels. */
    static boolean[] random(int n, double fraction, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        boolean[] m = new boolean[n];
        for (int i = 0; i < n; i++) {
            m[i] = rnd.nextDouble() < fraction;
        }
        return m;
    }

    /** The labels (0 pore, 85 NMC, 170 CBD) of the n³ corner crop of the reference electrode, x fastest. */
    public static int[] electrodeCrop(int n) throws IOException {
        int[] s = new int[3];
        byte[] all = electrode(s);
        int[] crop = new int[n * n * n];
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    crop[x + n * (y + n * z)] = all[x + s[0] * (y + s[1] * z)] & 0xff;
                }
            }
        }
        return crop;
    }

    /** The electrode's labels (0 pore, 85 NMC, 170 CBD), x fastest, pages = z. */
    static byte[] electrode(int[] shape) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("tiff").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(ELECTRODE)) {
            reader.setInput(in);
            int nz = reader.getNumImages(true);
            int nx = reader.getWidth(0);
            int ny = reader.getHeight(0);
            byte[] labels = new byte[nx * ny * nz];
            for (int z = 0; z < nz; z++) {
                Raster r = reader.read(z).getRaster();
                int[] px = r.getSamples(0, 0, nx, ny, 0, (int[]) null);
                for (int i = 0; i < nx * ny; i++) {
                    labels[z * nx * ny + i] = (byte) px[i];
                }
            }
            shape[0] = nx;
            shape[1] = ny;
            shape[2] = nz;
            return labels;
        } finally {
            reader.dispose();
        }
    }

    static boolean[] mask(byte[] labels, int label) {
        boolean[] m = new boolean[labels.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = (labels[i] & 0xFF) == label;
        }
        return m;
    }
}
