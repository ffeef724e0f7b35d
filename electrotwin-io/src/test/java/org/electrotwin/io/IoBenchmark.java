package org.electrotwin.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/**
 * Read/write timings of every format on the real 256³ electrode (not a test: run by hand).
 * <pre>
 * ./mvnw -B -q -pl electrotwin-io test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp electrotwin-io/target/classes:electrotwin-io/target/test-classes:$(cat /tmp/cp.txt) \
 *      org.electrotwin.io.IoBenchmark [path/to/nmc-electrode-256.tiff]
 * </pre>
 */
public final class IoBenchmark {
    private IoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path src = args.length > 0 ? Path.of(args[0]) : org.electrotwin.core.volume.ReferenceVolumes.nmcElectrode256().orElseThrow();
        PhaseTable p = PhaseTable.parse("0=pore,85=am,170=cbd");
        LabeledVolume v = null;
        double best = Double.MAX_VALUE;
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            v = VolumeIO.read(src, p, null);
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        System.out.printf("read %s (deflate): best of 5 %.1f ms%n", src.getFileName(), best);
        Path dir = Files.createTempDirectory("etio-bench");
        for (String ext : List.of("tif", "npy", "raw", "vti")) {
            Path f = dir.resolve("v." + ext);
            double w = Double.MAX_VALUE, r = Double.MAX_VALUE;
            for (int rep = 0; rep < 5; rep++) {
                long t0 = System.nanoTime();
                VolumeIO.write(f, v);
                long t1 = System.nanoTime();
                LabeledVolume back = VolumeIO.read(f, p, v.voxelSizeM());
                long t2 = System.nanoTime();
                if (!back.equals(v)) {
                    throw new AssertionError("round trip differs for ." + ext);
                }
                w = Math.min(w, (t1 - t0) / 1e6);
                r = Math.min(r, (t2 - t1) / 1e6);
            }
            System.out.printf("256^3 .%-4s write %6.1f ms  read %6.1f ms  (%d bytes)%n", ext, w, r, Files.size(f));
        }
        long t0 = System.nanoTime();
        SliceRenderer.writePng(dir.resolve("z.png"), v, org.electrotwin.core.volume.Axis.Z, 128, 2);
        System.out.printf("PNG slice 512x512: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        try (var s = Files.list(dir)) {
            for (Path f : s.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
