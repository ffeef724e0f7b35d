package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;

/** Manual benchmark (not a test): java -cp ... org.electrotwin.transport.TransportBench [axis] [relTol]. */
public final class TransportBench {
    public static void main(String[] args) throws Exception {
        Axis axis = args.length > 0 ? Axis.parse(args[0]) : Axis.Z;
        double tol = args.length > 1 ? Double.parseDouble(args[1]) : 1e-4;
        int[] s = new int[3];
        byte[] labels = TestVolumes.electrode(s);
        boolean[] pore = TestVolumes.mask(labels, 0);
        for (int rep = 0; rep < 2; rep++) {
            System.gc();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            TortuosityResult r = TortuosityFactor.compute(pore, s[0], s[1], s[2], axis, FvOptions.defaults().withRelTol(tol));
            double sec = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - c0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("pore %s: tau=%.5f iters=%d balance=%.2e time=%.2fs cpu=%.2fs heap=%.0fMiB%n", axis,
                    r.tortuosityFactor().orElse(-1), r.iterations(), r.fluxBalanceError(), sec, cpu,
                    (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
        }
    }
}
