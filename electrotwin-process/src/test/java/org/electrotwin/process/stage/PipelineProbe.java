package org.electrotwin.process.stage;

import java.util.Arrays;

/** Manual probe: runs the three stages on a small SIB film and prints what they give. */
public final class PipelineProbe {
    public static void main(String[] args) {
        double rate = args.length > 0 ? Double.parseDouble(args[0]) : 1e-6;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        ProcessSpec s = ProcessSpec.sibDefaults(50e-6, 42).withEvaporationRate(rate).withSteps(steps, 2);
        long t0 = System.nanoTime();
        SlurryStage.Result slurry = SlurryStage.run(s);
        long t1 = System.nanoTime();
        System.out.printf("slurry: %d particles (%d cbd), top %.1f um, %.1f s%n", slurry.particles().size(),
                slurry.particles().count(1), slurry.topM() * 1e6, (t1 - t0) / 1e9);
        DryingStage.Result dry = DryingStage.run(s, slurry.particles(), slurry.topM());
        long t2 = System.nanoTime();
        System.out.printf("drying: Pe %.1f, thickness %.2f um, mass-balance %.2f um (err %.3f), interior porosity %.3f, migration %.3f, %.1f s%n",
                dry.peclet().peclet(), dry.dryThicknessM() * 1e6, dry.massBalanceThicknessM() * 1e6, dry.massBalanceError(),
                dry.interiorPorosity(), dry.topThirdEnrichment(), (t2 - t1) / 1e9);
        StageCurve c = dry.curve();
        double[] sf = c.column("surface_m"), pr = c.column("pressure_Pa"), ke = c.column("kinetic_energy_J");
        for (int i = 0; i < sf.length; i += 10) {
            System.out.printf("  %d surface %.1f um p %.3g Pa KE/N %.3g%n", i, sf[i] * 1e6, pr[i], ke[i] / dry.particles().size());
        }
        System.out.println("cbd profile " + Arrays.toString(Arrays.stream(dry.cbdProfile()).map(v -> Math.round(v * 1000) / 1000.0).toArray()));
        CalenderingStage.Result cal = CalenderingStage.run(s, dry.particles());
        long t3 = System.nanoTime();
        System.out.printf("calendering: h0 %.2f, hmin %.2f, hfinal %.2f um, springback %.3f, eps0 %.3f, eps final %.3f, fit %s, %.1f s%n",
                cal.initialThicknessM() * 1e6, cal.minThicknessM() * 1e6, cal.finalThicknessM() * 1e6, cal.springback(),
                cal.initialPorosity(), cal.finalPorosity(), cal.fit(), (t3 - t2) / 1e9);
    }
}
