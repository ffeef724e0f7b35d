package org.electrotwin.transport.lbm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.electrotwin.core.AtomicFile;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/**
 * Electrolyte infiltration of an electrode by the two-component Shan–Chen model ({@link ShanChenLbm}).
 *
 * <p>Set-up, along the chosen axis: an electrolyte reservoir of {@value #RESERVOIR} layers at the separator
 * face (the outermost held at the liquid pressure), the volume, initially full of gas, and at the
 * current-collector face either a gas reservoir held at the reference pressure (open outlet, default:
 * in a real cell the displaced gas escapes sideways and through the separator during filling, which a
 * sample-sized box can only represent by letting it leave) or a wall (closed: the collector foil, the gas
 * can only be compressed or trapped). The side faces are closed by neutral (90°) walls, so they neither
 * draw nor repel the liquid. Every solid label wets with its phase's contact angle.
 *
 * <p>Only pores connected to the separator face through voxel faces are simulated; a volume whose pores do
 * not join the two faces is refused. Units: {@link CapillaryUnits} (capillary pressure scale and the
 * viscous–capillary time scale, so the capillary number is physical). The driving pressure sets the
 * reservoir's liquid density through the Shan–Chen equation of state p = c_s²(ρ₁ + ρ₂ + G ρ₁ρ₂).
 *
 * <p>A checkpoint (populations and saturation history) is written atomically every few steps; a run with
 * the same volume and physical settings resumes from it, and its result is bitwise that of an
 * uninterrupted run.
 */
public final class Infiltration {
    static final int RESERVOIR = 3;
    private static final long MAGIC = 0x4554574554315633L;   // "ETWET1V3": populations stored by node

    private Infiltration() {}

    /** A slice through the middle of the volume, normal to the first side axis, for pictures of the front. */
    @FunctionalInterface
    public interface SliceSink {
        /**
         * @param values  na·nc values (a fastest), c in the volume's own orientation: 0 solid, 0.5 gas, 1 electrolyte
         */
        void slice(int step, float[] values, int na, int nc);
    }

    public static InfiltrationResult run(LabeledVolume volume, InfiltrationOptions o, Consumer<String> progress) {
        return run(volume, o, progress, (s, v, a, c) -> { });
    }

    public static InfiltrationResult run(LabeledVolume volume, InfiltrationOptions o, Consumer<String> progress, SliceSink slices) {
        PhaseTable phases = volume.phases();
        int poreLabel = phases.labelOf(PhaseTable.PORE);
        if (poreLabel < 0) {
            throw new InputException("wet: the volume has no phase named 'pore'; name it with --phases, e.g. 0=pore,85=am,170=cbd");
        }
        CapillaryUnits units = CapillaryUnits.of(volume.voxelSizeM(), o.electrolyte(), o.liquidTau());
        double dpLu = units.toLatticePressure(o.pressurePa());
        if (dpLu > InfiltrationOptions.MAX_PRESSURE_LU) {
            throw new InputException("wet: pressure " + o.pressurePa() + " Pa is too high for this voxel size; expected at most "
                    + Math.floor(InfiltrationOptions.MAX_PRESSURE_LU * units.pressureScalePa()) + " Pa");
        }
        Frame fr = Frame.of(o.axis(), volume.nx(), volume.ny(), volume.nz());
        int na = fr.na();
        int nb = fr.nb();
        int nc = fr.nc();
        int layer = na * nb;
        byte[] labels = volume.labels();
        // frame order with the inlet (separator) face on top: volume layer k is frame layer c(k)
        int[] volumeIndex = new int[layer * nc];
        boolean[] pore = new boolean[layer * nc];
        for (int k = 0; k < nc; k++) {
            int c = o.inletAtMax() ? k : nc - 1 - k;
            for (int b = 0; b < nb; b++) {
                for (int a = 0; a < na; a++) {
                    int p = a + na * (b + nb * k);
                    volumeIndex[p] = fr.volumeIndex(a, b, c);
                    pore[p] = (labels[volumeIndex[p]] & 0xFF) == poreLabel;
                }
            }
        }
        byte[] reach = FaceConnectivity.reach(pore, na, nb, nc, false);
        long poreCount = 0;
        long reached = 0;
        boolean percolating = false;
        for (int p = 0; p < pore.length; p++) {
            poreCount += pore[p] ? 1 : 0;
            reached += (reach[p] & 2) != 0 ? 1 : 0;
            percolating |= reach[p] == 3;
        }
        if (!percolating) {
            throw new InputException("wet: no pore path joins the separator face to the current-collector face along "
                    + o.axis().key() + " (" + poreCount + " pore voxels); infiltration needs a percolating pore network");
        }
        // wall classes: 1.. for the solid labels present, 0 for closed box sides and pores left out
        Map<Integer, Double> angleByLabel = new LinkedHashMap<>();
        byte[] classOfLabel = new byte[256];
        double[] adhesion = new double[1];
        for (int label : volume.labelsPresent()) {
            if (label == poreLabel) {
                continue;
            }
            if (angleByLabel.size() >= 126) {
                throw new InputException("wet: more than 126 solid labels; expected a few solid phases");
            }
            double theta = o.contactAngleDeg().getOrDefault(phases.name(label), 90.0);
            angleByLabel.put(label, theta);
            adhesion = Arrays.copyOf(adhesion, adhesion.length + 1);
            adhesion[adhesion.length - 1] = ShanChenLbm.adhesionFor(theta, ShanChenLbm.DEFAULT_G, ShanChenLbm.MAJOR, ShanChenLbm.DISSOLVED);
            classOfLabel[label] = (byte) (adhesion.length - 1);
        }
        int rOut = o.outletOpen() ? RESERVOIR : 0;
        int ncExt = rOut + nc + RESERVOIR;
        boolean[] fluid = new boolean[layer * ncExt];
        byte[] wallClass = new byte[layer * ncExt];
        Arrays.fill(fluid, 0, layer * rOut, true);
        Arrays.fill(fluid, layer * (rOut + nc), fluid.length, true);
        for (int p = 0; p < pore.length; p++) {
            fluid[p + layer * rOut] = (reach[p] & 2) != 0;
            wallClass[p + layer * rOut] = pore[p] ? 0 : classOfLabel[labels[volumeIndex[p]] & 0xFF];
        }
        FluidNodes nodes = FluidNodes.build(fluid, na, nb, ncExt, false, false);
        ShanChenLbm m = new ShanChenLbm(nodes, wallClass, ShanChenLbm.DEFAULT_G, adhesion, o.liquidTau(), 1);

        // reservoir states: gas at the reference pressure, liquid dpLu above it (Shan–Chen bulk equation of state)
        double rd = ShanChenLbm.DISSOLVED;
        double g = ShanChenLbm.DEFAULT_G;
        double pGas = D3Q19.CS2 * (rd + ShanChenLbm.MAJOR + g * rd * ShanChenLbm.MAJOR);
        double rhoLiquid = m.majorFor(pGas + dpLu, rd);
        int[] ls = nodes.layerStart();
        int firstLiquid = ls[rOut + nc];
        for (int i = 0; i < m.n; i++) {
            if (i >= firstLiquid) {
                m.set(i, rhoLiquid, rd);
            } else {
                m.set(i, rd, ShanChenLbm.MAJOR);
            }
        }
        // the outermost layers are the reservoirs' pressure nodes, each fed by the node one layer inward
        int inletFrom = ls[ncExt - 1];
        int outletTo = o.outletOpen() ? ls[1] : 0;
        int nFixed = (m.n - inletFrom) + outletTo;
        int[] fixed = new int[nFixed];
        int[] inner = new int[nFixed];
        double[] pFixed = new double[nFixed];
        boolean[] liquidFixed = new boolean[nFixed];
        int k = 0;
        for (int i = 0; i < outletTo; i++, k++) {
            fixed[k] = i;
            inner[k] = i + layer;   // reservoir layers are full, so the next layer's node is n·layer further
            pFixed[k] = pGas;
        }
        for (int i = inletFrom; i < m.n; i++, k++) {
            fixed[k] = i;
            inner[k] = i - layer;
            pFixed[k] = pGas + dpLu;
            liquidFixed[k] = true;
        }
        m.fixPressure(fixed, inner, pFixed, liquidFixed);

        int volFrom = ls[rOut];
        int volTo = ls[rOut + nc];
        long fingerprint = fingerprint(volume, o);
        int[] histStep = new int[16];
        double[] histSat = new double[16];
        int samples = 0;
        int step = 0;
        int resumed = 0;
        Path ck = o.checkpoint();
        if (ck != null && Files.exists(ck)) {
            Checkpoint c = Checkpoint.read(ck, fingerprint, m);
            step = c.step;
            resumed = c.step;
            histStep = c.histStep;
            histSat = c.histSat;
            samples = c.samples;
            progress.accept(String.format(java.util.Locale.ROOT, "wet: resumed from %s at step %d", ck, step));
        } else {
            histStep[0] = 0;
            histSat[0] = 0;
            samples = 1;
            slices.slice(0, slice(m, na, nb, nc, rOut, o.inletAtMax()), na, nc);
        }
        int window = Math.max(1, o.steadyWindow() / o.reportEvery());
        int talkEvery = Math.max(o.reportEvery(), o.maxSteps() / 20 / o.reportEvery() * o.reportEvery());
        boolean steady = false;
        while (step < o.maxSteps() && !steady) {
            m.step();
            step++;
            if (step % o.reportEvery() == 0 || step == o.maxSteps()) {
                if (samples == histStep.length) {
                    histStep = Arrays.copyOf(histStep, 2 * samples);
                    histSat = Arrays.copyOf(histSat, 2 * samples);
                }
                histStep[samples] = step;
                histSat[samples] = liquidNodes(m, volFrom, volTo) / (double) poreCount;
                samples++;
                steady = samples > window && Math.abs(histSat[samples - 1] - histSat[samples - 1 - window]) < o.steadyTol()
                        && histStep[samples - 1] - histStep[samples - 1 - window] >= o.steadyWindow();
                if (step % talkEvery == 0) {
                    progress.accept(String.format(java.util.Locale.ROOT, "wet: step %d/%d, t = %.3g s, saturation %.4f",
                            step, o.maxSteps(), step * units.timeStepS(), histSat[samples - 1]));
                }
            }
            if (o.sliceEvery() > 0 && step % o.sliceEvery() == 0) {
                slices.slice(step, slice(m, na, nb, nc, rOut, o.inletAtMax()), na, nc);
            }
            if (ck != null && o.checkpointEvery() > 0 && step % o.checkpointEvery() == 0) {
                Checkpoint.write(ck, fingerprint, step, histStep, histSat, samples, m);
            }
        }
        if (o.sliceEvery() == 0 || step % o.sliceEvery() != 0) {
            slices.slice(step, slice(m, na, nb, nc, rOut, o.inletAtMax()), na, nc);
        }

        // final state per voxel; gas clusters that do not reach the outlet face are trapped
        byte[] state = new byte[labels.length];   // SOLID = 0
        boolean[] gas = new boolean[pore.length];
        long liquid = 0;
        for (int i = volFrom; i < volTo; i++) {
            int p = nodes.cells()[i] - layer * rOut;
            if (m.rho1[i] > m.rho2[i]) {
                state[volumeIndex[p]] = InfiltrationResult.ELECTROLYTE;
                liquid++;
            } else {
                gas[p] = true;
            }
        }
        byte[] gasReach = o.outletOpen() ? FaceConnectivity.reach(gas, na, nb, nc, false) : new byte[gas.length];
        long trapped = 0;
        for (int p = 0; p < pore.length; p++) {
            if (gas[p]) {
                boolean free = (gasReach[p] & 1) != 0;
                state[volumeIndex[p]] = free ? InfiltrationResult.GAS : InfiltrationResult.TRAPPED_GAS;
                trapped += free ? 0 : 1;
            } else if (pore[p] && (reach[p] & 2) == 0) {
                state[volumeIndex[p]] = InfiltrationResult.ISOLATED_PORE;
            }
        }
        double[] time = new double[samples];
        for (int s = 0; s < samples; s++) {
            time[s] = histStep[s] * units.timeStepS();
        }
        progress.accept(String.format(java.util.Locale.ROOT, "wet: %s after %d steps (t = %.3g s): saturation %.4f, wetting degree %.4f",
                steady ? "settled" : "stopped", step, step * units.timeStepS(), histSat[samples - 1], liquid / (double) reached));
        return new InfiltrationResult(Arrays.copyOf(histStep, samples), time, Arrays.copyOf(histSat, samples), histSat[samples - 1],
                liquid / (double) reached, trapped / (double) poreCount, (poreCount - reached) / (double) poreCount,
                step, resumed, steady, state, angleByLabel, units, dpLu);
    }

    private static long liquidNodes(ShanChenLbm m, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            count += m.rho1[i] > m.rho2[i] ? 1 : 0;
        }
        return count;
    }

    /** The mid plane normal to frame axis b: 0 solid, 0.5 gas, 1 electrolyte; c in the volume's orientation. */
    private static float[] slice(ShanChenLbm m, int na, int nb, int nc, int rOut, boolean inletAtMax) {
        float[] s = new float[na * nc];
        int b = nb / 2;
        int layer = na * nb;
        FluidNodes nodes = m.nodes;
        for (int k = 0; k < nc; k++) {
            for (int i = nodes.layerStart()[k + rOut]; i < nodes.layerStart()[k + rOut + 1]; i++) {
                int p = nodes.cells()[i] - layer * rOut;
                if ((p / na) % nb == b) {
                    s[p % na + na * (inletAtMax ? k : nc - 1 - k)] = m.rho1[i] > m.rho2[i] ? 1f : 0.5f;
                }
            }
        }
        return s;
    }

    /** What a checkpoint must match to be resumed: the volume and every setting that changes the physics. */
    private static long fingerprint(LabeledVolume v, InfiltrationOptions o) {
        long h = Arrays.hashCode(v.labels());
        h = 31 * h + Arrays.hashCode(v.shape());
        h = 31 * h + Double.hashCode(v.voxelSizeM());
        h = 31 * h + v.phases().asMap().hashCode();
        h = 31 * h + (o.axis() + "|" + o.inletAtMax() + "|" + o.outletOpen() + "|" + o.pressurePa() + "|"
                + new java.util.TreeMap<>(o.contactAngleDeg()) + "|" + o.electrolyte() + "|" + o.reportEvery() + "|" + o.gasViscosityRatio()).hashCode();
        return h;
    }

    /** Binary checkpoint: header, saturation history, then both components' populations and densities (little-endian floats). */
    private record Checkpoint(int step, int[] histStep, double[] histSat, int samples) {

        static void write(Path file, long fingerprint, int step, int[] histStep, double[] histSat, int samples, ShanChenLbm m) {
            try {
                AtomicFile.write(file, ch -> {
                    ByteBuffer head = ByteBuffer.allocate(8 + 8 + 4 + 4 + 4 + samples * 12).order(ByteOrder.LITTLE_ENDIAN);
                    head.putLong(MAGIC).putLong(fingerprint).putInt(m.n).putInt(step).putInt(samples);
                    for (int s = 0; s < samples; s++) {
                        head.putInt(histStep[s]).putDouble(histSat[s]);
                    }
                    head.flip();
                    while (head.hasRemaining()) {
                        ch.write(head);
                    }
                    writeFloats(ch, m.f1);
                    writeFloats(ch, m.f2);
                    writeFloats(ch, m.rho1);   // the densities the last step left, read by the final state
                    writeFloats(ch, m.rho2);
                });
            } catch (IOException e) {
                throw new InputException(file + ": cannot write the checkpoint (" + e.getMessage() + "); expected a writable folder");
            }
        }

        static Checkpoint read(Path file, long fingerprint, ShanChenLbm m) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer head = readFully(ch, 28);
                if (head.getLong() != MAGIC || head.getLong() != fingerprint || head.getInt() != m.n) {
                    throw new InputException(file + ": checkpoint of another volume or other settings; delete it or choose another --out");
                }
                int step = head.getInt();
                int samples = head.getInt();
                if (step < 0 || samples < 1 || samples > step + 2) {
                    throw new InputException(file + ": corrupt checkpoint (step " + step + ", " + samples + " samples); delete it");
                }
                ByteBuffer hist = readFully(ch, samples * 12);
                int[] hs = new int[samples + 16];
                double[] sat = new double[samples + 16];
                for (int s = 0; s < samples; s++) {
                    hs[s] = hist.getInt();
                    sat[s] = hist.getDouble();
                }
                readFloats(ch, m.f1);
                readFloats(ch, m.f2);
                readFloats(ch, m.rho1);
                readFloats(ch, m.rho2);
                return new Checkpoint(step, hs, sat, samples);
            } catch (IOException e) {
                throw new InputException(file + ": cannot read the checkpoint (" + e.getMessage() + "); delete it to start afresh");
            }
        }

        private static void writeFloats(FileChannel ch, float[] f) throws IOException {
            ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < f.length; ) {
                buf.clear();
                int len = Math.min(f.length - i, buf.capacity() / 4);
                buf.asFloatBuffer().put(f, i, len);
                buf.limit(len * 4);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                i += len;
            }
        }

        private static void readFloats(FileChannel ch, float[] f) throws IOException {
            for (int i = 0; i < f.length; ) {
                int len = Math.min(f.length - i, 1 << 18);
                readFully(ch, len * 4).asFloatBuffer().get(f, i, len);
                i += len;
            }
        }

        private static ByteBuffer readFully(FileChannel ch, int bytes) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
            while (b.hasRemaining()) {
                if (ch.read(b) < 0) {
                    throw new IOException("truncated file");
                }
            }
            return b.flip();
        }
    }
}
