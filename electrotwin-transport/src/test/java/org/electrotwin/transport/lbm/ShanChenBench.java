package org.electrotwin.transport.lbm;


/**
 * Manual benchmark (not a test): Shan–Chen steps on an n³ crop of the real electrode (pore phase; NMC 30°, CBD 60°),
 * the lower half liquid. Arguments {@code [n] [steps] [tauLiquid] [tauGas]}; prints MLUPS and a checksum of the
 * densities (equal for any thread count, and before/after a kernel change that must not change results).
 */
public final class ShanChenBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        double tau1 = args.length > 2 ? Double.parseDouble(args[2]) : 1;
        double tau2 = args.length > 3 ? Double.parseDouble(args[3]) : 1;
        int[] labels = org.electrotwin.transport.TestVolumes.electrodeCrop(n);
        boolean[] fluid = new boolean[n * n * n];
        byte[] cls = new byte[n * n * n];
        for (int i = 0; i < labels.length; i++) {
            fluid[i] = labels[i] == 0;
            cls[i] = (byte) (labels[i] == 85 ? 1 : labels[i] == 170 ? 2 : 0);
        }
        double g = ShanChenLbm.DEFAULT_G;
        FluidNodes nodes = FluidNodes.build(fluid, n, n, n, false, true);
        ShanChenLbm m = new ShanChenLbm(nodes, cls, g, new double[] {0,
                ShanChenLbm.adhesionFor(30, g, ShanChenLbm.MAJOR, ShanChenLbm.DISSOLVED),
                ShanChenLbm.adhesionFor(60, g, ShanChenLbm.MAJOR, ShanChenLbm.DISSOLVED)}, tau1, tau2);
        for (int i = 0; i < m.n; i++) {
            boolean liquid = nodes.layerOf(i) < n / 2;
            m.set(i, liquid ? ShanChenLbm.MAJOR : ShanChenLbm.DISSOLVED, liquid ? ShanChenLbm.DISSOLVED : ShanChenLbm.MAJOR);
        }
        for (int s = 0; s < 20; s++) {
            m.step();
        }
        long t0 = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            m.step();
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        long sum = 0;
        for (int i = 0; i < m.n; i++) {
            sum = 31 * sum + Float.floatToIntBits(m.rho1[i]) + 7L * Float.floatToIntBits(m.rho2[i]);
        }
        System.out.printf("Shan-Chen %d^3: %d nodes, %d steps in %.2f s: %.2f MLUPS, threads %d, checksum %016x%n", n, m.n, steps, sec,
                (double) m.n * steps / sec / 1e6, java.util.concurrent.ForkJoinPool.commonPool().getParallelism() + 1, sum);
        System.exit(0);
    }
}
