package org.electrotwin.process.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrotwin.core.AtomicFile;
import org.electrotwin.core.InputException;

/**
 * Binary snapshot of the particles after a finished stage (all state arrays, doubles bit-exact),
 * written atomically ({@link AtomicFile}), so an interrupted run never leaves a
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
        Particles p = s.particles();
        try {
            AtomicFile.write(file, ch -> {
                // not closed here: AtomicFile flushes the channel to disk and closes it
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch)));
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
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
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
