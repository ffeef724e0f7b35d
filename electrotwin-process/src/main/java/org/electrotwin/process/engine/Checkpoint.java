package org.electrotwin.process.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.electrotwin.core.InputException;

/**
 * Binary snapshot of the particles after a finished stage (all state arrays, doubles bit-exact),
 * written to a temporary file and moved into place, so an interrupted run never leaves a
 * half-written checkpoint and resumes from the last finished stage.
 */
public final class Checkpoint {
    private static final int MAGIC = 0x45545043; // "ETPC"
    private static final int VERSION = 1;

    /** What a checkpoint holds: the stage that finished, its film top and the particles. */
    public record Snapshot(String stage, double lxM, double lyM, double topM, Particles particles) {
    }

    private Checkpoint() {
    }

    public static void write(Path file, Snapshot s) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Particles p = s.particles();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(s.stage());
            out.writeDouble(s.lxM());
            out.writeDouble(s.lyM());
            out.writeDouble(s.topM());
            out.writeInt(p.size());
            for (double[] a : p.arrays()) {
                for (int i = 0; i < p.size(); i++) {
                    out.writeDouble(a[i]);
                }
            }
            for (int i = 0; i < p.size(); i++) {
                out.writeInt(p.type[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move checkpoint into place: " + file, e);
        }
    }

    public static Snapshot read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new InputException("checkpoint " + file + ": not an electrotwin process checkpoint (version " + VERSION + ")");
            }
            String stage = in.readUTF();
            double lx = in.readDouble();
            double ly = in.readDouble();
            double top = in.readDouble();
            int n = in.readInt();
            if (n < 0) {
                throw new InputException("checkpoint " + file + ": negative particle count");
            }
            Particles p = new Particles(n);
            p.setSize(n);
            for (double[] a : p.arrays()) {
                for (int i = 0; i < n; i++) {
                    a[i] = in.readDouble();
                }
            }
            for (int i = 0; i < n; i++) {
                p.type[i] = in.readInt();
            }
            return new Snapshot(stage, lx, ly, top, p);
        } catch (IOException e) {
            throw new InputException("checkpoint " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
