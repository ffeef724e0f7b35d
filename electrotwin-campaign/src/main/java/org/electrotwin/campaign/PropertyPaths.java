package org.electrotwin.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.electrotwin.core.json.Json;

/**
 * Dotted paths into a properties JSON, as studies name objectives and constraints:
 * {@code phases.pore.tortuosityFactor.z}, {@code interfaces.am|pore.specificArea}.
 */
public final class PropertyPaths {
    private PropertyPaths() {}

    public static JsonNode parse(String propertiesJson) {
        try {
            return Json.mapper().readTree(propertiesJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a properties JSON: " + e.getMessage(), e);
        }
    }

    /** The number at {@code path}, or empty when absent or not a number (e.g. no percolation). */
    public static OptionalDouble value(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n != null && n.isNumber() ? OptionalDouble.of(n.asDouble()) : OptionalDouble.empty();
    }

    /** Sets the number at {@code path}, creating the objects on the way (the inverse of {@link #value}). */
    public static void put(com.fasterxml.jackson.databind.node.ObjectNode root, String path, double v) {
        String[] parts = path.split("\\.");
        com.fasterxml.jackson.databind.node.ObjectNode n = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode c = n.get(parts[i]);
            n = c instanceof com.fasterxml.jackson.databind.node.ObjectNode o ? o : n.putObject(parts[i]);
        }
        n.put(parts[parts.length - 1], v);
    }

    /** Every numeric leaf by its dotted path, in document order (booleans as 0/1). */
    public static Map<String, Double> flatten(JsonNode root) {
        Map<String, Double> out = new LinkedHashMap<>();
        flatten("", root, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode n, Map<String, Double> out) {
        if (n.isNumber()) {
            out.put(prefix, n.asDouble());
        } else if (n.isBoolean()) {
            out.put(prefix, n.asBoolean() ? 1.0 : 0.0);
        } else if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("units")) {
                    flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
                }
            }
        }
    }
}
