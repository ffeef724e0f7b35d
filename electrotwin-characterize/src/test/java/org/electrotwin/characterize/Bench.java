package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.volume.LabeledVolume;

/** Timings on the real volume: java -cp ... org.electrotwin.characterize.Bench [what]. Not a test. */
public final class Bench {
    static LabeledVolume tile(LabeledVolume v) {
        int n = v.nx(), m = 2 * n;
        byte[] out = new byte[m * m * m];
        byte[] in = v.labels();
        for (int z = 0; z < m; z++) for (int y = 0; y < m; y++) for (int tx = 0; tx < 2; tx++)
            System.arraycopy(in, n * (y % n + n * (z % n)), out, tx * n + m * (y + m * z), n);
        return new LabeledVolume(m, m, m, v.voxelSizeM(), v.phases(), out);
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        LabeledVolume v = RealVolume.load(1e-6);
        String what = args.length > 0 ? args[0] : "edt";
        if (what.equals("big")) {                 // the real volume tiled 2×2×2: 512³
            v = tile(v);
            long t0 = System.nanoTime(), c0 = cpu();
            System.out.println(Characterizer.characterize(v, CharacterizeOptions.defaults()).timingsS());
            long peak = 0;
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            }
            System.out.printf("512³ wall %.1f s, cpu %.1f s, peak heap (sum of pool peaks) %.2f GiB, max heap %.2f GiB%n",
                    (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9, peak / 1073741824.0, Runtime.getRuntime().maxMemory() / 1073741824.0);
            return;
        }
        boolean[] pore = v.mask(args.length > 2 ? Integer.parseInt(args[2]) : 0);
        int n = v.nx();
        for (int rep = 0; rep < (args.length > 1 ? Integer.parseInt(args[1]) : 3); rep++) {
            long t0 = System.nanoTime();
            long c0 = cpu();
            switch (what) {
                case "edt" -> DistanceTransform.edtSquared(pore, n, n, n);
                case "cc" -> ConnectedComponents.label(pore, n, n, n, Connectivity.TWENTY_SIX);
                case "lt" -> System.out.println(LocalThickness.distribution(pore, n, n, n, 1));
                case "mip" -> System.out.println(MercuryIntrusion.intrude(pore, n, n, n, Face.Z_MAX, 1));
                case "geo" -> System.out.println(GeometricTortuosity.along(pore, n, n, n, Axis.Z, 1));
                case "ws" -> System.out.println(Watershed.separate(pore, n, n, n, 3).count());
                case "lut" -> { int[] r2 = new int[pore.length]; float[] d = DistanceTransform.edtSquared(pore, n, n, n);
                    for (int i = 0; i < r2.length; i++) r2[i] = (int) d[i];
                    long c1 = cpu(); BallPainter.paint(r2, n, n, n); System.out.printf("paint cpu %.3f%n", (cpu() - c1) / 1e9); }
                case "all" -> System.out.println(Characterizer.characterize(v, CharacterizeOptions.defaults()).timingsS());
                case "ia" -> System.out.println(InterfaceAreas.compute(v));
                default -> throw new IllegalArgumentException(what);
            }
            System.out.printf("%s wall %.3f s, cpu %.3f s, load %.1f%n", what, (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
