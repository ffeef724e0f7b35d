package org.electrotwin.io;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * Writes VTK XML ImageData ({@code .vti}) that ParaView opens: one cell per voxel, {@code Spacing}
 * = voxel edge in metres, {@code Origin} 0, data appended as raw little-endian binary with
 * {@code header_type="UInt64"}. The phase labels become the uint8 cell array {@code phase}
 * (the active scalars) and the phase names become FieldData arrays {@code phase:<name>} holding
 * their label; any number of float cell fields (concentration, potential, flux components...)
 * may be written beside them.
 */
public final class VtiWriter {
    static final String PHASE_ARRAY = "phase";
    static final String PHASE_NAME_PREFIX = "phase:";

    private VtiWriter() {
    }

    /**
     * Writes float cell fields (each of length nx·ny·nz, x fastest) and optionally the phase labels.
     *
     * @param cellFields      name → values; may be empty (iteration order is kept)
     * @param optionalPhases  a volume of the same shape whose labels are written as {@code phase}, or null
     */
    public static void write(Path file, int nx, int ny, int nz, double spacingM, Map<String, float[]> cellFields,
                             LabeledVolume optionalPhases) {
        if (nx < 1 || ny < 1 || nz < 1) {
            throw new InputException(file + ": shape " + nx + "x" + ny + "x" + nz + "; expected every size at least 1");
        }
        if (!(spacingM > 0) || Double.isInfinite(spacingM)) {
            throw new InputException(file + ": spacing " + spacingM + " m; expected a positive finite length");
        }
        long n = (long) nx * ny * nz;
        Map<String, float[]> fields = new LinkedHashMap<>(cellFields);
        for (Map.Entry<String, float[]> e : fields.entrySet()) {
            if (e.getValue() == null || e.getValue().length != n) {
                throw new InputException(file + ": cell field '" + e.getKey() + "' has "
                        + (e.getValue() == null ? "no" : e.getValue().length) + " values; expected " + n + " (nx·ny·nz)");
            }
            if (PHASE_ARRAY.equals(e.getKey()) && optionalPhases != null) {
                throw new InputException(file + ": cell field named 'phase'; expected another name (it holds the labels)");
            }
        }
        if (optionalPhases != null && (optionalPhases.nx() != nx || optionalPhases.ny() != ny || optionalPhases.nz() != nz)) {
            throw new InputException(file + ": phase volume " + optionalPhases.nx() + "x" + optionalPhases.ny() + "x"
                    + optionalPhases.nz() + "; expected the field shape " + nx + "x" + ny + "x" + nz);
        }
        String extent = "0 " + nx + " 0 " + ny + " 0 " + nz;
        String s = Double.toString(spacingM);
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\"?>\n");
        x.append("<VTKFile type=\"ImageData\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\">\n");
        x.append("  <ImageData WholeExtent=\"").append(extent).append("\" Origin=\"0 0 0\" Spacing=\"")
                .append(s).append(' ').append(s).append(' ').append(s).append("\">\n");
        if (optionalPhases != null && optionalPhases.phases().labels().length > 0) {
            x.append("    <FieldData>\n");
            for (Map.Entry<Integer, String> p : optionalPhases.phases().asMap().entrySet()) {
                x.append("      <DataArray type=\"UInt8\" Name=\"").append(PHASE_NAME_PREFIX).append(escape(p.getValue()))
                        .append("\" NumberOfTuples=\"1\" format=\"ascii\">").append(p.getKey()).append("</DataArray>\n");
            }
            x.append("    </FieldData>\n");
        }
        x.append("    <Piece Extent=\"").append(extent).append("\">\n");
        x.append("      <CellData").append(optionalPhases != null ? " Scalars=\"" + PHASE_ARRAY + "\"" : "").append(">\n");
        long offset = 0;
        if (optionalPhases != null) {
            x.append("        <DataArray type=\"UInt8\" Name=\"").append(PHASE_ARRAY)
                    .append("\" NumberOfComponents=\"1\" format=\"appended\" offset=\"0\"/>\n");
            offset += 8 + n;
        }
        for (String name : fields.keySet()) {
            x.append("        <DataArray type=\"Float32\" Name=\"").append(escape(name))
                    .append("\" NumberOfComponents=\"1\" format=\"appended\" offset=\"").append(offset).append("\"/>\n");
            offset += 8 + 4 * n;
        }
        x.append("      </CellData>\n    </Piece>\n  </ImageData>\n  <AppendedData encoding=\"raw\">\n   _");
        String head = x.toString();
        FileErrors.writeAtomically(file, ch -> {
            ChannelOutput out = new ChannelOutput(ch, ByteOrder.LITTLE_ENDIAN);
            out.bytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, head.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            if (optionalPhases != null) {
                out.u64(n);
                out.bytes(optionalPhases.labels(), 0, (int) n);
            }
            for (float[] f : fields.values()) {
                out.u64(4 * n);
                out.floats(f);
            }
            out.ascii("\n  </AppendedData>\n</VTKFile>\n");
            out.flush();
        });
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
