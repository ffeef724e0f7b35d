package org.electrotwin.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.Raster;
import java.io.File;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Fits the SIB electrode model to a crop of the real NMC electrode (labels 0/85/170 → 0/1/2). */
@Tag("slow")
class RealElectrodeCalibrationTest {
    /** shared/ lies beside the repository (CI's clone and the developers' checkout alike). */
    private static final File TIFF = org.electrotwin.core.volume.ReferenceVolumes.nmcElectrode256()
            .map(java.nio.file.Path::toFile).orElse(new File("../../shared/data/nmc-electrode-256.tiff"));

    static LabeledVolume readCrop(int n) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("tiff").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(TIFF)) {
            reader.setInput(in);
            byte[] labels = new byte[n * n * n];
            for (int z = 0; z < n; z++) {
                Raster r = reader.read(z).getRaster();
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        labels[x + n * (y + n * z)] = (byte) (r.getSample(x, y, 0) / 85);
                    }
                }
            }
            return new LabeledVolume(n, n, n, 1e-6, PhaseTable.defaults(), labels);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void fitsParticleSizeAndCbdMorphologyToTheRealElectrode() throws Exception {
        Assumptions.assumeTrue(TIFF.isFile(), "reference volume not present");
        LabeledVolume ref = readCrop(96);
        double[] f = Metrics.volumeFractions(ref);
        MicrostructureModel m = Generators.byName("sib-electrode");
        ModelParams fixed = ModelParams.empty().with("amVolumeFraction", f[1]).with("cbdVolumeFraction", f[2])
                .with("amSpan", 0.8).with("wallsZ", 0);
        Calibration.MetricFunction metrics = v -> new double[] {
            Metrics.specificSurfacePerM(v, 1) * 1e-6, Metrics.interfaceSpecificAreaPerM(v, 1, 0) * 1e-6,
            Metrics.interfaceSpecificAreaPerM(v, 2, 0) * 1e-6};
        Calibration.Result r = Calibration.fit(m, fixed, ref,
                List.of(new Calibration.Bound("amD50M", 6e-6, 24e-6), new Calibration.Bound("cbdBridgePreference", 0, 12)),
                metrics, null, 24, 1);
        System.out.printf("real NMC 96^3: d50 %.3g m, bridge %.2f; S_V(am), am|pore, cbd|pore per um: ref %s fit %s, distance %.3g, %d evaluations%n",
                r.params().get(m, "amD50M"), r.params().get(m, "cbdBridgePreference"),
                java.util.Arrays.toString(r.referenceMetrics()), java.util.Arrays.toString(r.fittedMetrics()),
                r.distance(), r.evaluations());
        LabeledVolume fitted = m.generate(r.params(), 1);
        double[] g = Metrics.volumeFractions(fitted);
        assertThat(g[1]).isCloseTo(f[1], within(0.005));
        assertThat(g[2]).isCloseTo(f[2], within(0.005));
        assertThat(r.fittedMetrics()[0] / r.referenceMetrics()[0]).isCloseTo(1.0, within(0.15));
    }
}
