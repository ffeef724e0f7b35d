package org.electrotwin.process.stage;

import java.nio.file.Files;
import java.nio.file.Path;
import org.electrotwin.process.engine.Particles;
import org.electrotwin.process.engine.Simulation;

/**
 * Benchmark (not a test): the full slurry → drying → calendering run of a SIB film with ~20 000
 * particles, then the DEM throughput (particle-steps/s) of its Hertz–Mindlin calendering law on the
 * dried film, for 1 and 2 threads. Usage: {@code ProcessBenchmark [domainM] [stepsPerStage]}.
 */
public final class ProcessBenchmark {
    public static void main(String[] args) throws Exception {
        double domain = args.length > 0 ? Double.parseDouble(args[0]) : 170e-6;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        ProcessSpec s = ProcessSpec.sibDefaults(domain, 7).withSteps(steps, 2);
        Path out = Files.createTempDirectory("electrotwin-process-bench");
        long t0 = System.nanoTime();
        ProcessRun.Outcome o = ProcessRun.run(s, out, ProcessRun.STAGES);
        double total = (System.nanoTime() - t0) / 1e9;
        o.summary().forEach(System.out::println);
        System.out.printf("full run: %d particles, %d steps/stage, %.1f s (outputs in %s)%n", o.particles().size(), steps,
                total, out);
        Particles dried = org.electrotwin.process.engine.Checkpoint.read(out.resolve("drying.ckpt")).particles();
        for (int threads : new int[] {1, 2}) {
            Particles p = dried.copy();
            double dt = ProcessModels.timeStepS(s, p);
            try (Simulation sim = new Simulation(p, s.domainXM(), s.domainYM(), ProcessModels.dem(s), dt,
                    0.25 * s.cbdDryDiameterM(), threads, 1)) {
                sim.setLangevin(1 / (50 * dt), 0); // settle as CalenderingStage does
                sim.run(500);
                sim.setLangevin(1 / (2000 * dt), 0);
                sim.setPlate(p.topM(), -0.5 * p.topM() / (4000 * dt));
                sim.run(500); // warm-up (JIT)
                int n = 2000;
                long a = System.nanoTime();
                sim.run(n);
                double sec = (System.nanoTime() - a) / 1e9;
                System.out.printf("DEM hertz-mindlin+viscoelastic+rolling+bridges, %d particles, %d pairs, %d threads: %.3g particle-steps/s (%.2f ms/step, %d list builds)%n",
                        p.size(), sim.neighborList().pairCount(), threads, (double) p.size() * n / sec, 1e3 * sec / n,
                        sim.neighborList().builds());
            }
        }
    }
}
