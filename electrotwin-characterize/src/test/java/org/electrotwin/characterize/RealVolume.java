package org.electrotwin.characterize;

import java.awt.image.Raster;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/** The shared NMC electrode (256³, labels 0 pore / 85 am / 170 cbd), read with the JDK's TIFF plugin. */
final class RealVolume {
    /** shared/ lies beside the repository (CI's clone and the developers' checkout alike). */
    static final File FILE = org.electrotwin.core.volume.ReferenceVolumes.nmcElectrode256()
            .map(java.nio.file.Path::toFile).orElse(new File("../../shared/data/nmc-electrode-256.tiff"));

    private RealVolume() {}

    static boolean available() {
        return FILE.isFile();
    }

    static LabeledVolume load(double voxelSizeM) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("tiff").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(FILE)) {
            reader.setInput(in);
            int nz = reader.getNumImages(true);
            int nx = reader.getWidth(0), ny = reader.getHeight(0);
            byte[] labels = new byte[nx * ny * nz];
            int[] row = new int[nx * ny];
            for (int z = 0; z < nz; z++) {
                Raster r = reader.read(z).getRaster();
                r.getSamples(0, 0, nx, ny, 0, row);
                for (int i = 0; i < row.length; i++) {
                    labels[i + nx * ny * z] = (byte) row[i];
                }
            }
            return new LabeledVolume(nx, ny, nz, voxelSizeM, PhaseTable.of(Map.of(0, "pore", 85, "am", 170, "cbd")), labels);
        } finally {
            reader.dispose();
        }
    }
}
