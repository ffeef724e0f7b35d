package org.electrotwin.io;

import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Writes a LAMMPS text dump ({@code ITEM: ATOMS id type x y z radius}), one snapshot, that OVITO
 * and LAMMPS' {@code read_dump} understand. Ids are 1-based in array order; values are in the
 * units given (SI metres here: LAMMPS "si" units), printed exactly ({@link Double#toString}).
 */
public final class LammpsDumpWriter {
    private LammpsDumpWriter() {
    }

    public static void write(Path file, long timestep, Particles p) {
        Particles.Box b = p.box();
        String bounds = flag(b.periodic()[0]) + " " + flag(b.periodic()[1]) + " " + flag(b.periodic()[2]);
        FileErrors.writeAtomically(file, ch -> {
            ChannelOutput out = new ChannelOutput(ch, ByteOrder.LITTLE_ENDIAN);
            StringBuilder sb = new StringBuilder(1 << 16);
            sb.append("ITEM: TIMESTEP\n").append(timestep).append('\n');
            sb.append("ITEM: NUMBER OF ATOMS\n").append(p.count()).append('\n');
            sb.append("ITEM: BOX BOUNDS ").append(bounds).append('\n');
            sb.append(b.xloM()).append(' ').append(b.xhiM()).append('\n');
            sb.append(b.yloM()).append(' ').append(b.yhiM()).append('\n');
            sb.append(b.zloM()).append(' ').append(b.zhiM()).append('\n');
            sb.append("ITEM: ATOMS id type x y z radius\n");
            for (int i = 0; i < p.count(); i++) {
                sb.append(i + 1).append(' ').append(p.type()[i]).append(' ').append(p.xM()[i]).append(' ').append(p.yM()[i])
                        .append(' ').append(p.zM()[i]).append(' ').append(p.radiusM()[i]).append('\n');
                if (sb.length() > 60_000) {
                    out.ascii(sb.toString());
                    sb.setLength(0);
                }
            }
            out.ascii(sb.toString());
            out.flush();
        });
    }

    private static String flag(boolean periodic) {
        return periodic ? "pp" : "ff";
    }
}
