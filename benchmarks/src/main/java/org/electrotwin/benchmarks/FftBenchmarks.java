package org.electrotwin.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.transport.ConductivityTensorResult;
import org.electrotwin.transport.FftHomogenization;
import org.electrotwin.transport.FftOptions;
import org.electrotwin.transport.PhaseConductivities;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DESIGN §7 / issue #4 target: FFT homogenisation of a 128³ 4-phase volume, three load cases,
 * contrast 1e4, ≤ 30 s on 2 cores. The volume is a generated SSB composite cathode (pore, NMC,
 * CBD, argyrodite). Networks: {@code contrast1e4} pore 1, am 0.01, cbd 100, se 0.3 S/m (all
 * four conduct, max/min = 1e4); {@code electronic} and {@code ionic} are the default tables of
 * {@link PhaseConductivities} (zero-conductivity phases: infinite contrast). Iterations per
 * load case and the peak heap are printed after each measurement.
 * Run: {@code ./mvnw -B -Pbench -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar FftBenchmarks}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class FftBenchmarks {
    static final Map<String, Map<String, Double>> CONTRAST_1E4 = Map.of(
            "contrast1e4", Map.of("pore", 1.0, "am", 0.01, "cbd", 100.0, "se", 0.3));

    @Param({"contrast1e4", "electronic", "ionic"})
    public String network;

    @Param({"multigrid"})
    public String preconditioner;

    LabeledVolume volume;
    double[] table;
    ConductivityTensorResult last;

    @Setup(Level.Trial)
    public void load() {
        volume = Volumes.ssb(128);
        Map<String, Double> byName = CONTRAST_1E4.containsKey(network) ? CONTRAST_1E4.get(network)
                : PhaseConductivities.NETWORKS.get(network);
        table = PhaseConductivities.table(byName, volume.phases(), 0);
    }

    @Benchmark
    public ConductivityTensorResult fftHomogenization128() {
        last = FftHomogenization.compute(volume, table, FftOptions.defaults().withPreconditioner(preconditioner));
        return last;
    }

    @TearDown(Level.Iteration)
    public void report() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%n%s/%s: iterations per load case %s, residuals %s, sxx %.5g syy %.5g szz %.5g, peak heap %.0f MiB%n",
                network, preconditioner, Arrays.toString(last.iterations()), Arrays.toString(last.relativeResiduals()),
                last.tensorSPerM()[0][0], last.tensorSPerM()[1][1], last.tensorSPerM()[2][2], peak / 1048576.0);
    }
}
