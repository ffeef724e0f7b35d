package org.electrotwin.process.stage;

import java.util.Arrays;

/** Manual probe: through-thickness CBD profile after drying at three evaporation rates (Pe 1, 10, 100). */
public final class MigrationProbe {
    public static void main(String[] args) {
        double domain = args.length > 0 ? Double.parseDouble(args[0]) : 100e-6;
        for (double rate : new double[] {1e-7, 1e-6, 1e-5}) {
            ProcessSpec s = ProcessSpec.sibDefaults(domain, 42).withEvaporationRate(rate).withSteps(5000, 2);
            SlurryStage.Result slurry = SlurryStage.run(s);
            DryingStage.Result d = DryingStage.run(s, slurry.particles(), slurry.topM());
            System.out.printf("E %.0e m/s Pe %.3g: top-third enrichment %.3f, thickness %.2f um (mass balance %.1f %%), porosity %.3f, profile %s%n",
                    rate, d.peclet().peclet(), d.topThirdEnrichment(), d.dryThicknessM() * 1e6, 100 * d.massBalanceError(),
                    d.interiorPorosity(), Arrays.toString(Arrays.stream(d.cbdProfile()).map(v -> Math.round(v * 1000) / 1000.0).toArray()));
        }
    }
}
