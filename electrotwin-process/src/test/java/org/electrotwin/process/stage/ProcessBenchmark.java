package org.electrotwin.process.stage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electrotwin.process.contact.ContactLaw;
import org.electrotwin.process.engine.LammpsWriter;
import org.electrotwin.process.engine.Particles;
import org.electrotwin.process.engine.Simulation;

/**
 * Benchmark (not a test): slurry → drying of the shipped SIB hard-carbon anode on a 240 µm square
 * (~20 000 particles), then the DEM throughput (particle-steps/s) of calendering on the dried film, side by side
 * with LAMMPS on the same system: the dried film is exported ({@code bench.data}, {@code bench.in}: the
 * plate descending on it for the same number of steps) and, when {@code lmp} is on the PATH, run with
 * {@code mpirun -np 2 lmp} (2 MPI ranks). Our engine runs the full law (with CBD bridges) and the law
 * LAMMPS' granular package can express (no bridges), on 1 and 2 threads.
 * Usage: {@code ProcessBenchmark [domainM] [stepsPerStage] [benchSteps]}.
 */
public final class ProcessBenchmark {
    public static void main(String[] args) throws Exception {
        double domain = args.length > 0 ? Double.parseDouble(args[0]) : 240e-6;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int benchSteps = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        ProcessSpec s = BinderMigrationTest.hardCarbonAnode(domain, 1e-6, steps); // the shipped SIB hard-carbon anode
        Path out = Path.of(System.getProperty("bench.dir", Files.createTempDirectory("electrotwin-process-bench").toString()));
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        ProcessRun.Outcome o = ProcessRun.run(s, out, List.of("slurry", "drying"));
        double total = (System.nanoTime() - t0) / 1e9;
        o.summary().forEach(System.out::println);
        System.out.printf("slurry + drying: %d particles, %d steps/stage, %.1f s (outputs in %s)%n", o.particles().size(), steps,
                total, out);
        Particles dried = org.electrotwin.process.engine.Checkpoint.read(out.resolve("drying.ckpt")).particles();
        double dt = ProcessModels.timeStepS(s, dried);
        double skin = 0.25 * s.cbdDryDiameterM();
        double plateZ = dried.topM();
        double plateVz = -0.5 * plateZ / (4000 * dt);
        double drag = 1 / (2000 * dt);
        Map<String, String> lammpsLike = new HashMap<>(s.contactModels());
        lammpsLike.put("cohesion", "none"); // CBD bridges have no equivalent in LAMMPS' granular package
        ContactLaw equivalent = ContactLaw.compose(lammpsLike, ProcessModels.params(s));
        double meanMass = 0;
        for (int i = 0; i < dried.size(); i++) {
            meanMass += dried.m[i] / dried.size();
        }
        LammpsWriter.writeData(out.resolve("bench.data"), dried, s.domainXM(), s.domainYM(), plateZ, Particles.TYPE_COUNT);
        LammpsWriter.writeInput(out.resolve("bench.in"), "bench.data", equivalent, dt, skin, plateZ, plateVz, drag, meanMass,
                benchSteps);
        for (boolean bridges : new boolean[] {true, false}) {
            for (int threads : new int[] {1, 2}) {
                Particles p = dried.copy();
                try (Simulation sim = new Simulation(p, s.domainXM(), s.domainYM(), bridges ? ProcessModels.dem(s) : equivalent,
                        dt, skin, threads, 1)) {
                    sim.setLangevin(drag, 0);
                    sim.setPlate(plateZ, plateVz);
                    sim.run(300); // warm-up (JIT)
                    long a = System.nanoTime();
                    sim.run(benchSteps);
                    double sec = (System.nanoTime() - a) / 1e9;
                    System.out.printf("electrotwin %s, %d particles, %d pairs, %d threads: %.3g particle-steps/s (%.2f ms/step, %d list builds)%n",
                            bridges ? "full law (bridges)" : "LAMMPS-equivalent law", p.size(),
                            sim.neighborList().pairCount(), threads, (double) p.size() * benchSteps / sec, 1e3 * sec / benchSteps,
                            sim.neighborList().builds());
                }
            }
        }
        runLammps(out, dried.size(), benchSteps);
    }

    /** Runs {@code mpirun -np 2 lmp -in bench.in} in {@code dir} and prints its throughput from "Loop time". */
    private static void runLammps(Path dir, int n, int benchSteps) throws IOException, InterruptedException {
        List<String> cmd = List.of("mpirun", "--allow-run-as-root", "--oversubscribe", "-np", "2", "lmp", "-in", "bench.in",
                "-log", "bench.log");
        System.out.println("LAMMPS: cd " + dir + " && " + String.join(" ", cmd));
        Process pr;
        try {
            pr = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            System.out.println("LAMMPS not run: " + e.getMessage());
            return;
        }
        String text = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        pr.waitFor();
        Matcher m = Pattern.compile("Loop time of ([0-9.eE+-]+) on (\\d+) procs for (\\d+) steps with (\\d+) atoms").matcher(text);
        if (m.find()) {
            double sec = Double.parseDouble(m.group(1));
            System.out.printf("LAMMPS granular, %s atoms, %s procs: %.3g particle-steps/s (%.2f ms/step)%n", m.group(4),
                    m.group(2), Double.parseDouble(m.group(4)) * Double.parseDouble(m.group(3)) / sec, 1e3 * sec / benchSteps);
        } else {
            System.out.println("LAMMPS output without a loop time:\n" + text.lines().skip(Math.max(0, text.lines().count() - 30))
                    .reduce("", (x, y) -> x + y + "\n"));
        }
    }
}
