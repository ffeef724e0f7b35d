package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import org.electrotwin.transport.lbm.LbmOptions;
import org.electrotwin.transport.lbm.Permeability;
import org.electrotwin.transport.lbm.PermeabilityResult;

/**
 * Manual benchmark (not a test): pore permeability along z of an n³ crop of the real electrode by lattice Boltzmann.
 * Arguments {@code [n|nxXnyXnz] [relTol] [tauPlus] [maxSteps] [forceLu] [correctEvery] [bufferLayers]}; tauPlus 0 = automatic; e.g. {@code 128 1e-12 1.0 300}
 * times 300 steps (MLUPS), {@code 48x48x200 1e-3 0.8 200000 1e-5 0} runs a long thin crop without layer corrections.
 */
public final class LbmBench {
    public static void main(String[] args) throws Exception {
        String[] size = (args.length > 0 ? args[0] : "200").split("x");
        int nx = Integer.parseInt(size[0]);
        int ny = size.length == 3 ? Integer.parseInt(size[1]) : nx;
        int nz = size.length == 3 ? Integer.parseInt(size[2]) : nx;
        double tol = args.length > 1 ? Double.parseDouble(args[1]) : LbmOptions.defaults().relTol();
        double tau = args.length > 2 ? Double.parseDouble(args[2]) : LbmOptions.AUTO_TAU;
        int maxSteps = args.length > 3 ? Integer.parseInt(args[3]) : LbmOptions.defaults().maxSteps();
        double force = args.length > 4 ? Double.parseDouble(args[4]) : LbmOptions.defaults().forceLu();
        int correct = args.length > 5 ? Integer.parseInt(args[5]) : LbmOptions.defaults().correctEvery();
        int buffer = args.length > 6 ? Integer.parseInt(args[6]) : LbmOptions.defaults().bufferLayers();
        int[] s = new int[3];
        byte[] all = TestVolumes.electrode(s);
        boolean[] pore = new boolean[nx * ny * nz];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    pore[x + nx * (y + ny * z)] = all[x + s[0] * (y + s[1] * z)] == 0;
                }
            }
        }
        LbmOptions o = LbmOptions.defaults().withRelTol(tol).withTauPlus(tau).withMaxSteps(maxSteps).withForceLu(force)
                .withCorrectEvery(correct).withBufferLayers(buffer);
        long t0 = System.nanoTime();
        PermeabilityResult r = Permeability.compute(pore, nx, ny, nz, 1e-6, Axis.Z, o, System.err::println);
        double sec = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("LBM %s pore k_z=%.5g m2 (%.4f lu) steps=%d converged=%s est=%.1e nodes=%d MLUPS=%.1f time=%.1fs heap=%.0fMiB%n",
                nx + "x" + ny + "x" + nz, r.permeabilityM2().orElse(Double.NaN), r.permeabilityLu(), r.steps(), r.converged(), r.estimatedRelError(),
                r.fluidNodes(), r.mlups(), sec, (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
        System.exit(0);
    }
}
