package org.electrotwin.process.stage;

import java.util.Arrays;

/** Manual probe: slurry + drying (+ calendering) of the shipped SIB hard-carbon recipe's spec. Usage: [steps] [calender|-] [sweep]. */
public final class HardCarbonProbe {
    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        for (double rate : args.length > 2 ? new double[] {1e-8, 1e-7, 1e-6} : new double[] {1e-6}) {
        ProcessSpec s = BinderMigrationTest.hardCarbonAnode(rate, steps);
        long t0 = System.nanoTime();
        SlurryStage.Result slurry = SlurryStage.run(s);
        DryingStage.Result d = DryingStage.run(s, slurry.particles(), slurry.topM());
        System.out.printf("%d particles, Pe %.3g: enrichment %.3f, thickness %.2f um (mass balance %.1f %%), porosity %.3f (interior %.3f), %.1f s, profile %s%n",
                d.particles().size(), d.peclet().peclet(), d.topThirdEnrichment(), d.dryThicknessM() * 1e6,
                100 * d.massBalanceError(), d.filmPorosity(), d.interiorPorosity(), (System.nanoTime() - t0) / 1e9,
                Arrays.toString(Arrays.stream(d.cbdProfile()).map(v -> Math.round(v * 1000) / 1000.0).toArray()));
        if (args.length > 1 && args[1].equals("calender")) {
            CalenderingStage.Result c = CalenderingStage.run(s, d.particles());
            System.out.printf("calendering: h0 %.2f, hmin %.2f, hfinal %.2f um, eps0 %.3f -> %.3f, fit %s, %.1f s%n",
                    c.initialThicknessM() * 1e6, c.minThicknessM() * 1e6, c.finalThicknessM() * 1e6, c.initialPorosity(),
                    c.finalPorosity(), c.fit(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
}
