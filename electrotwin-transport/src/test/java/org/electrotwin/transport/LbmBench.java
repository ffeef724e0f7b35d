package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import org.electrotwin.transport.lbm.LbmOptions;
import org.electrotwin.transport.lbm.Permeability;
import org.electrotwin.transport.lbm.PermeabilityResult;

/**
 * Manual benchmark (not a test): pore permeability along z of an n³ crop of the real electrode by lattice Boltzmann.
 * Arguments {@code [n] [relTol] [tauPlus] [maxSteps] [forceLu]}; e.g. {@code 128 1e-12 1.0 300} times 300 steps (MLUPS).
 */
public final class LbmBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double tol = args.length > 1 ? Double.parseDouble(args[1]) : LbmOptions.defaults().relTol();
        double tau = args.length > 2 ? Double.parseDouble(args[2]) : LbmOptions.defaults().tauPlus();
        int maxSteps = args.length > 3 ? Integer.parseInt(args[3]) : LbmOptions.defaults().maxSteps();
        double force = args.length > 4 ? Double.parseDouble(args[4]) : LbmOptions.defaults().forceLu();
        int[] s = new int[3];
        byte[] all = TestVolumes.electrode(s);
        boolean[] pore = new boolean[n * n * n];
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    pore[x + n * (y + n * z)] = all[x + s[0] * (y + s[1] * z)] == 0;
                }
            }
        }
        LbmOptions o = LbmOptions.defaults().withRelTol(tol).withTauPlus(tau).withMaxSteps(maxSteps).withForceLu(force);
        long t0 = System.nanoTime();
        PermeabilityResult r = Permeability.compute(pore, n, n, n, 1e-6, Axis.Z, o, System.err::println);
        double sec = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("LBM %d^3 pore k_z=%.5g m2 (%.4f lu) steps=%d converged=%s est=%.1e nodes=%d MLUPS=%.1f time=%.1fs heap=%.0fMiB%n",
                n, r.permeabilityM2().orElse(Double.NaN), r.permeabilityLu(), r.steps(), r.converged(), r.estimatedRelError(),
                r.fluidNodes(), r.mlups(), sec, (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
        System.exit(0);
    }
}
