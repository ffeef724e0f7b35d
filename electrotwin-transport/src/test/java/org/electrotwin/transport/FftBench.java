package org.electrotwin.transport;

/** Manual benchmark (not a test): FFT homogenisation of a 128³ 4-phase volume, contrast 1e4. */
public final class FftBench {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        // a 128³ crop of the real electrode, its NMC split into two phases (x < n/2 becomes a
        // fourth phase) so there are 4: pore 1, NMC 0.01, CBD 100, fourth 0.3 S/m (contrast 1e4)
        int[] s = new int[3];
        byte[] all;
        try {
            all = TestVolumes.electrode(s);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        double[] k = new double[n * n * n];
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    int l = all[x + s[0] * (y + s[1] * z)] & 0xFF;
                    k[x + n * (y + n * z)] = l == 0 ? 1.0 : l == 170 ? 100.0 : x < n / 2 ? 0.3 : 0.01;
                }
            }
        }
        String pre = args.length > 1 ? args[1] : "multigrid";
        for (int rep = 0; rep < 2; rep++) {
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            ConductivityTensorResult r = FftHomogenization.compute(k, n, n, n, FftOptions.defaults().withPreconditioner(pre));
            double sec = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - c0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("FFT %d^3 4-phase: sxx=%.5f syy=%.5f szz=%.5f sxy=%.2e iters=%s time=%.2fs cpu=%.2fs heap=%.0fMiB%n", n,
                    r.tensorSPerM()[0][0], r.tensorSPerM()[1][1], r.tensorSPerM()[2][2], r.tensorSPerM()[0][1],
                    java.util.Arrays.toString(r.iterations()), sec, cpu, (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
        }
        System.exit(0);
    }
}
