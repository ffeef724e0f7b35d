package org.electrotwin.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/**
 * Raw uint8 voxels, x fastest, with a JSON sidecar of the same name:
 * {@code vol.raw} + {@code vol.json} =
 * {@code {"shape":[nx,ny,nz],"voxelSizeM":1.0E-6,"dtype":"uint8","order":"x-fastest","phases":{"0":"pore",...}}}.
 * {@code shape}, {@code voxelSizeM} and {@code dtype} are required; {@code order} defaults to
 * x-fastest and {@code phases} to the defaults; other keys are rejected (a typo must not pass).
 */
public final class RawFormat implements VolumeFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> KEYS = Set.of("shape", "voxelSizeM", "dtype", "order", "phases");

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public List<String> extensions() {
        return List.of("raw");
    }

    /** {@code dir/vol.raw} → {@code dir/vol.json}. */
    public static Path sidecarOf(Path raw) {
        String name = raw.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return raw.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".json");
    }

    @Override
    public LabeledVolume read(Path file, ReadOptions options) {
        Path json = sidecarOf(file);
        Sidecar meta = FileErrors.guard(json, "JSON sidecar", () -> parseSidecar(json, Files.readString(json, StandardCharsets.UTF_8)));
        return FileErrors.guard(file, "raw uint8", () -> {
            int n = Shapes.checkedVoxelCount(file, meta.nx, meta.ny, meta.nz, 1);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                if (ch.size() != n) {
                    throw FileErrors.bad(file, ch.size() + " bytes", n + " bytes (uint8, shape " + meta.nx + "x" + meta.ny + "x" + meta.nz
                            + " from " + json.getFileName() + ")");
                }
                byte[] labels = new byte[n];
                ChannelInput.readFully(ch, 0, labels, 0, n);
                return new LabeledVolume(meta.nx, meta.ny, meta.nz, options.voxelSizeM(meta.voxelSizeM),
                        options.phases(meta.phases), labels);
            }
        });
    }

    private record Sidecar(int nx, int ny, int nz, double voxelSizeM, PhaseTable phases) {
    }

    private static Sidecar parseSidecar(Path json, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw FileErrors.bad(json, "is not valid JSON (line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage() + ")",
                    "a JSON object with shape, voxelSizeM, dtype");
        }
        if (root == null || !root.isObject()) {
            throw FileErrors.bad(json, "is not a JSON object", "{\"shape\":[nx,ny,nz],\"voxelSizeM\":...,\"dtype\":\"uint8\"}");
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String k = e.getKey();
            if (!KEYS.contains(k)) {
                throw FileErrors.bad(json, "unknown key '" + k + "'", "only shape, voxelSizeM, dtype, order, phases");
            }
        }
        JsonNode shape = required(json, root, "shape", "[nx, ny, nz]");
        if (!shape.isArray() || shape.size() != 3 || !shape.get(0).canConvertToInt() || !shape.get(1).canConvertToInt()
                || !shape.get(2).canConvertToInt() || !shape.get(0).isIntegralNumber() || !shape.get(1).isIntegralNumber()
                || !shape.get(2).isIntegralNumber()) {
            throw FileErrors.bad(json, "\"shape\": " + shape, "[nx, ny, nz] of three positive integers");
        }
        JsonNode vs = required(json, root, "voxelSizeM", "the voxel edge in metres, e.g. 1.0E-6");
        if (!vs.isNumber() || !(vs.asDouble() > 0) || Double.isInfinite(vs.asDouble())) {
            throw FileErrors.bad(json, "\"voxelSizeM\": " + vs, "a positive number of metres, e.g. 1.0E-6");
        }
        JsonNode dtype = required(json, root, "dtype", "\"uint8\"");
        if (!"uint8".equals(dtype.asText())) {
            throw FileErrors.bad(json, "\"dtype\": " + dtype, "\"uint8\"");
        }
        JsonNode order = root.get("order");
        if (order != null && !"x-fastest".equals(order.asText())) {
            throw FileErrors.bad(json, "\"order\": " + order, "\"x-fastest\"");
        }
        PhaseTable phases = null;
        JsonNode ph = root.get("phases");
        if (ph != null) {
            if (!ph.isObject()) {
                throw FileErrors.bad(json, "\"phases\": " + ph, "an object {\"0\":\"pore\",\"1\":\"am\",...}");
            }
            Map<Integer, String> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : ph.properties()) {
                try {
                    m.put(Integer.parseInt(e.getKey()), e.getValue().asText());
                } catch (NumberFormatException x) {
                    throw FileErrors.bad(json, "phase label \"" + e.getKey() + "\"", "integer labels 0..255 as keys");
                }
            }
            phases = PhaseTable.of(m);
        }
        return new Sidecar(shape.get(0).asInt(), shape.get(1).asInt(), shape.get(2).asInt(), vs.asDouble(), phases);
    }

    private static JsonNode required(Path json, JsonNode root, String key, String expected) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            throw FileErrors.bad(json, "missing \"" + key + "\"", "\"" + key + "\": " + expected);
        }
        return n;
    }

    /** The sidecar JSON text for a volume. */
    public static String sidecarJson(LabeledVolume v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shape", new int[] {v.nx(), v.ny(), v.nz()});
        m.put("voxelSizeM", v.voxelSizeM());
        m.put("dtype", "uint8");
        m.put("order", "x-fastest");
        Map<String, String> phases = new LinkedHashMap<>();
        v.phases().asMap().forEach((k, name) -> phases.put(Integer.toString(k), name));
        m.put("phases", phases);
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code vol.raw} then its sidecar {@code vol.json}, each atomically. */
    @Override
    public void write(Path file, LabeledVolume v) {
        FileErrors.writeAtomically(file, ch -> {
            ChannelOutput out = new ChannelOutput(ch, java.nio.ByteOrder.LITTLE_ENDIAN);
            out.bytes(v.labels(), 0, v.voxelCount());
            out.flush();
        });
        byte[] json = sidecarJson(v).getBytes(StandardCharsets.UTF_8);
        FileErrors.writeAtomically(sidecarOf(file), ch -> {
            ChannelOutput out = new ChannelOutput(ch, java.nio.ByteOrder.LITTLE_ENDIAN);
            out.bytes(json, 0, json.length);
            out.flush();
        });
    }
}
