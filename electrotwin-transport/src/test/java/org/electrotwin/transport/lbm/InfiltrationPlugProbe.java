package org.electrotwin.transport.lbm;

import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/**
 * Manual probe (not a test): how large was the plug a reservoir node held at rest adds, in a real electrode?
 * Infiltrates an n³ crop of the reference electrode along z with the default options and prints, per report interval,
 * the liquid mass flux per node of the reservoir face J (from the saturation rate: the reservoir layers are full, so
 * all that enters the pores crosses the pressure-node layer), the drop 3J per end a node at rest would add (README),
 * the capillary pressure of the front 2σ cos θ/r with r = 2V/S the pores' hydraulic radius, and the applied pressure.
 * Measured (48³, 3000 steps): J ≈ 2.4–2.9·10⁻³ with nodes at rest (3J = 9–10 % of the front's capillary pressure per
 * end), 3.7–4.2·10⁻³ with the nodes moving with the inner node: saturation 0.515 instead of 0.375 after 3000 steps.
 * Arguments {@code [n] [steps]}.
 */
public final class InfiltrationPlugProbe {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 48;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int[] labels = org.electrotwin.transport.TestVolumes.electrodeCrop(n);
        LabeledVolume v = LabeledVolume.allocate(n, n, n, 1e-6, PhaseTable.parse("0=pore,1=am,2=cbd"));
        for (int i = 0; i < labels.length; i++) {
            v.set(i % n, (i / n) % n, i / (n * n), labels[i] / 85);
        }
        long pore = 0;
        long faces = 0;
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    if (v.label(x, y, z) != 0) {
                        continue;
                    }
                    pore++;
                    faces += x + 1 < n && v.label(x + 1, y, z) != 0 ? 1 : 0;
                    faces += x > 0 && v.label(x - 1, y, z) != 0 ? 1 : 0;
                    faces += y + 1 < n && v.label(x, y + 1, z) != 0 ? 1 : 0;
                    faces += y > 0 && v.label(x, y - 1, z) != 0 ? 1 : 0;
                    faces += z + 1 < n && v.label(x, y, z + 1) != 0 ? 1 : 0;
                    faces += z > 0 && v.label(x, y, z - 1) != 0 ? 1 : 0;
                }
            }
        }
        double rHyd = 2.0 * pore / faces;
        InfiltrationOptions o = InfiltrationOptions.defaults().withSteps(steps, 100, 1000, 0).withCheckpoint(null, 0);
        long t0 = System.nanoTime();
        InfiltrationResult r = Infiltration.run(v, o, System.err::println);
        double sec = (System.nanoTime() - t0) / 1e9;
        double sigma = ShanChenLbm.SURFACE_TENSION_LU;
        double pcAm = 2 * sigma * Math.cos(Math.toRadians(30)) / rHyd;
        double pcCbd = 2 * sigma * Math.cos(Math.toRadians(60)) / rHyd;
        System.out.printf("crop %d^3: porosity %.3f, hydraulic radius 2V/S %.2f lu, capillary pressure 2σcosθ/r %.4f (am 30°) / %.4f"
                + " (cbd 60°) lu, applied %.4f lu; %.1f s%n", n, pore / (double) (n * n * n), rHyd, pcAm, pcCbd, r.pressureLu(), sec);
        int[] st = r.step();
        double[] s = r.saturation();
        double rho = ShanChenLbm.MAJOR;
        double maxJ = 0;
        for (int k = 1; k < st.length; k++) {
            double j = (s[k] - s[k - 1]) * pore * rho / (n * n) / (st[k] - st[k - 1]);
            maxJ = Math.max(maxJ, j);
            if (k % 5 == 0 || k == 1) {
                System.out.printf("step %5d: saturation %.4f, face flux J %.2e, at-rest plug 3J %.2e lu = %.2f %% of the am capillary pressure%n",
                        st[k], s[k], j, 3 * j, 100 * 3 * j / pcAm);
            }
        }
        System.out.printf("max J %.2e: plug 3J per end %.2e lu = %.2f %% of the am capillary pressure, %.2f %% of the applied;"
                + " final saturation %.4f, wetting degree %.4f%n", maxJ, 3 * maxJ, 100 * 3 * maxJ / pcAm, 100 * 3 * maxJ / r.pressureLu(),
                s[s.length - 1], r.wettingDegree());
        System.exit(0);
    }
}
