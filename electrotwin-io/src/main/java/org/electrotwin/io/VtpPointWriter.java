package org.electrotwin.io;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes particles as VTK XML PolyData ({@code .vtp}): one vertex per particle, with point
 * arrays {@code radius} (Float64, metres) and {@code type} (Int32); appended raw little-endian
 * data, {@code header_type="UInt64"}. In ParaView, a Glyph filter with sphere glyphs scaled by
 * {@code radius} (scale factor 2, since glyph spheres have diameter 1) draws the packing.
 */
public final class VtpPointWriter {
    private VtpPointWriter() {
    }

    public static void write(Path file, Particles p) {
        long n = p.count();
        long oPoints = 0;
        long oConn = oPoints + 8 + 24 * n;
        long oOffs = oConn + 8 + 8 * n;
        long oRadius = oOffs + 8 + 8 * n;
        long oType = oRadius + 8 + 8 * n;
        String head = "<?xml version=\"1.0\"?>\n"
                + "<VTKFile type=\"PolyData\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\">\n"
                + "  <PolyData>\n"
                + "    <Piece NumberOfPoints=\"" + n + "\" NumberOfVerts=\"" + n + "\" NumberOfLines=\"0\" NumberOfStrips=\"0\" NumberOfPolys=\"0\">\n"
                + "      <PointData Scalars=\"type\">\n"
                + "        <DataArray type=\"Float64\" Name=\"radius\" format=\"appended\" offset=\"" + oRadius + "\"/>\n"
                + "        <DataArray type=\"Int32\" Name=\"type\" format=\"appended\" offset=\"" + oType + "\"/>\n"
                + "      </PointData>\n"
                + "      <Points>\n"
                + "        <DataArray type=\"Float64\" Name=\"Points\" NumberOfComponents=\"3\" format=\"appended\" offset=\"" + oPoints + "\"/>\n"
                + "      </Points>\n"
                + "      <Verts>\n"
                + "        <DataArray type=\"Int64\" Name=\"connectivity\" format=\"appended\" offset=\"" + oConn + "\"/>\n"
                + "        <DataArray type=\"Int64\" Name=\"offsets\" format=\"appended\" offset=\"" + oOffs + "\"/>\n"
                + "      </Verts>\n"
                + "    </Piece>\n"
                + "  </PolyData>\n"
                + "  <AppendedData encoding=\"raw\">\n   _";
        FileErrors.writeAtomically(file, ch -> {
            ChannelOutput out = new ChannelOutput(ch, ByteOrder.LITTLE_ENDIAN);
            byte[] h = head.getBytes(StandardCharsets.US_ASCII);
            out.bytes(h, 0, h.length);
            out.u64(24 * n);
            for (int i = 0; i < n; i++) {
                out.u64(Double.doubleToRawLongBits(p.xM()[i]));
                out.u64(Double.doubleToRawLongBits(p.yM()[i]));
                out.u64(Double.doubleToRawLongBits(p.zM()[i]));
            }
            out.u64(8 * n);
            for (long i = 0; i < n; i++) {
                out.u64(i);
            }
            out.u64(8 * n);
            for (long i = 1; i <= n; i++) {
                out.u64(i);
            }
            out.u64(8 * n);
            for (int i = 0; i < n; i++) {
                out.u64(Double.doubleToRawLongBits(p.radiusM()[i]));
            }
            out.u64(4 * n);
            for (int i = 0; i < n; i++) {
                out.u32(p.type()[i]);
            }
            out.ascii("\n  </AppendedData>\n</VTKFile>\n");
            out.flush();
        });
    }
}
