package org.electrotwin.process.stage;

import org.electrotwin.process.engine.Particles;
import org.electrotwin.process.engine.PlateServo;
import org.electrotwin.process.engine.Simulation;
import org.electrotwin.process.engine.SplitMix64;

/**
 * Calendering as a DEM compression (Ngandjong et al. 2021): a rigid plate descends on the dry film
 * at constant speed until the target pressure (or gap), holds there, rises again and is removed;
 * the film springs back. Moduli and pressures are scaled by {@code modulusScale} inside the engine
 * and reported in physical units ({@link ProcessModels}). The loading curve porosity(pressure) is
 * fitted with the compaction law of {@link CompactionFit}. Porosity while loaded is
 * 1 − V_solid/(A·h_plate); the uncalendered and released films are measured with {@link FilmMetrics}.
 */
public final class CalenderingStage {

    /**
     * @param curve           time, plate height, pressure (physical), porosity through load, hold and release
     * @param initialThicknessM dry film thickness before calendering
     * @param minThicknessM   plate height at the end of the hold
     * @param finalThicknessM film thickness after release
     */
    public record Result(Particles particles, StageCurve curve, CompactionFit fit, double initialThicknessM,
            double minThicknessM, double finalThicknessM, double initialPorosity, double finalPorosity) {

        /** (h_final − h_min)/h_min. */
        public double springback() {
            return (finalThicknessM - minThicknessM) / minThicknessM;
        }
    }

    private CalenderingStage() {
    }

    public static Result run(ProcessSpec s, Particles p) {
        double dt = ProcessModels.timeStepS(s, p);
        double lx = s.domainXM();
        double ly = s.domainYM();
        double area = lx * ly;
        double vSolid = p.volumeM3(-1);
        double h0 = FilmMetrics.profileThicknessM(p, lx, ly, s.cbdDryDiameterM());
        double eps0 = 1 - vSolid / (area * h0);
        int steps = s.stepsPerStage();
        double speed = 0.5 * h0 / (steps * dt);
        boolean byPressure = !Double.isNaN(s.calenderPressurePa());
        double target = byPressure ? s.calenderPressurePa() * s.modulusScale() : Double.NaN;
        StageCurve curve = new StageCurve("time_s", "plate_m", "pressure_Pa", "porosity", "phase");
        int block = 25;
        double hMin;
        try (Simulation sim = new Simulation(p, lx, ly, ProcessModels.dem(s), dt, 0.25 * s.cbdDryDiameterM(),
                s.threads(), SplitMix64.derive(s.seed(), 3))) {
            // a new simulation starts without contact history: the bridges re-form and the film settles
            // under strong drag before the plate comes down (otherwise the released bridge tension rings on)
            sim.setLangevin(1 / (50 * dt), 0);
            sim.run(Math.max(100, steps / 10));
            sim.setLangevin(1 / (2000 * dt), 0);
            sim.setPlate(p.topM(), -speed);
            // load
            for (int done = 0; done < 4 * steps; done += block) {
                sim.run(block);
                record(curve, sim, s, vSolid, area, 0);
                boolean reached = byPressure ? sim.platePressurePa() >= target : sim.plateZ() <= s.calenderGapM();
                if (reached) {
                    break;
                }
            }
            // hold
            PlateServo servo = byPressure ? new PlateServo(target, 0.2 * speed) : null;
            for (int done = 0; done < steps / 4; done += block) {
                sim.setPlate(sim.plateZ(), byPressure ? servo.velocity(sim.platePressurePa()) : 0);
                sim.run(block);
                record(curve, sim, s, vSolid, area, 1);
            }
            hMin = sim.plateZ();
            // release: lift until free, then remove the plate and let the film spring back
            sim.setPlate(sim.plateZ(), speed);
            for (int done = 0; done < steps && sim.platePressurePa() > 0; done += block) {
                sim.run(block);
                record(curve, sim, s, vSolid, area, 2);
            }
            sim.setPlate(Double.POSITIVE_INFINITY, 0);
            for (int done = 0; done < steps / 4; done += block) {
                sim.run(block);
                double h = FilmMetrics.profileThicknessM(p, lx, ly, s.cbdDryDiameterM());
                curve.add(sim.timeS(), h, 0, 1 - vSolid / (area * h), 3);
            }
        }
        double hFinal = FilmMetrics.profileThicknessM(p, lx, ly, s.cbdDryDiameterM());
        double[] phase = curve.column("phase");
        double[] pres = curve.column("pressure_Pa");
        double[] por = curve.column("porosity");
        int n = 0;
        for (int i = 0; i < phase.length; i++) {
            if (phase[i] == 0 && pres[i] > 0) {
                n++;
            }
        }
        double[] lp = new double[n];
        double[] le = new double[n];
        for (int i = 0, k = 0; i < phase.length; i++) {
            if (phase[i] == 0 && pres[i] > 0) {
                lp[k] = pres[i];
                le[k++] = por[i];
            }
        }
        CompactionFit fit = n >= 3 ? CompactionFit.fit(lp, le, eps0) : null;
        return new Result(p, curve, fit, h0, hMin, hFinal, eps0, 1 - vSolid / (area * hFinal));
    }

    private static void record(StageCurve c, Simulation sim, ProcessSpec s, double vSolid, double area, int phase) {
        c.add(sim.timeS(), sim.plateZ(), sim.platePressurePa() / s.modulusScale(), 1 - vSolid / (area * sim.plateZ()), phase);
    }
}
