package org.electrotwin.core.yaml;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrotwin.core.InputException;
import org.electrotwin.core.units.Dimension;
import org.electrotwin.core.units.Units;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read through SnakeYAML's composer only: the node tree with line numbers,
 * never arbitrary object construction (safe by design). Every access remembers the key, so
 * {@link #finish()} can reject unknown keys; every error names source, line and field path.
 * Used for recipes, the materials library and campaign studies.
 */
public final class YamlMap {
    private final String source;
    private final String path;
    private final Node node;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();

    private YamlMap(String source, String path, Node node) {
        this.source = source;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode m)) {
            throw error(source, path, node, "expected a mapping of 'key: value' lines");
        }
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw error(source, path, t.getKeyNode(), "expected a plain key");
            }
            if (entries.put(k.getValue(), t.getValueNode()) != null) {
                throw error(source, join(path, k.getValue()), k, "duplicate key");
            }
        }
    }

    /** Parses a whole document; its root must be a mapping. */
    public static YamlMap parse(String source, Reader reader) {
        return new YamlMap(source, "", compose(source, reader));
    }

    /** The document's node tree (for recipe overrides); its root must be a mapping. */
    public static Node compose(String source, Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with the field name
        options.setMaxAliasesForCollections(10);
        Node root;
        try {
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new InputException(source + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InputException(source + ": not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new InputException(source + ": the file is empty; expected a recipe (see examples/)");
        }
        return root;
    }

    public static YamlMap of(String source, Node root) {
        return new YamlMap(source, "", root);
    }

    public static YamlMap parse(String source, java.nio.file.Path file) {
        try (Reader r = java.nio.file.Files.newBufferedReader(file)) {
            return parse(source, r);
        } catch (IOException e) {
            throw new InputException(source + ": cannot read the file (" + e.getMessage() + ")");
        }
    }

    public String source() {
        return source;
    }

    public String path() {
        return path;
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** The value of a required key. */
    public Value get(String key) {
        Node n = entries.get(key);
        used.add(key);
        if (n == null) {
            throw new InputException(source + ":" + line() + ": " + join(path, key) + ": missing field"
                    + (path.isEmpty() ? "" : " in '" + path + "'"));
        }
        return new Value(join(path, key), n);
    }

    /** The value of an optional key, or null. */
    public Value opt(String key) {
        used.add(key);
        Node n = entries.get(key);
        return n == null ? null : new Value(join(path, key), n);
    }

    public YamlMap map(String key) {
        return get(key).map();
    }

    public YamlMap optMap(String key) {
        Value v = opt(key);
        return v == null ? null : v.map();
    }

    /** Rejects keys that were never asked for, naming the allowed ones. */
    public void finish() {
        for (Map.Entry<String, Node> e : entries.entrySet()) {
            if (!used.contains(e.getKey())) {
                throw error(source, join(path, e.getKey()), e.getValue(),
                        "unknown field; expected one of " + String.join(", ", used));
            }
        }
    }

    public InputException error(String field, String message) {
        Node n = entries.getOrDefault(field.substring(field.lastIndexOf('.') + 1), node);
        return error(source, field, n, message);
    }

    public static InputException error(String source, String field, Node n, String message) {
        int line = n == null ? 0 : n.getStartMark().getLine() + 1;
        return new InputException(source + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** One value in the document, with its field path for error messages. */
    public final class Value {
        private final String field;
        private final Node node;

        Value(String field, Node node) {
            this.field = field;
            this.node = node;
        }

        /** The dotted field path, for messages. */
        public String field() {
            return field;
        }

        public InputException error(String message) {
            return YamlMap.error(source, field, node, message);
        }

        public String string() {
            if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
                throw error("expected a text value");
            }
            return s.getValue().strip();
        }

        /** A quantity with units, converted to SI. */
        public double quantity(Dimension dim) {
            String s = string();
            try {
                return Units.toSi(s, dim);
            } catch (Units.UnitException e) {
                throw error(e.getMessage());
            }
        }

        /** A positive quantity (sizes, densities, moduli, rates). */
        public double positive(Dimension dim) {
            double v = quantity(dim);
            if (!(v > 0)) {
                throw error("'" + string() + "' must be positive; expected " + dim.describe());
            }
            return v;
        }

        /** A dimensionless number in [lo, hi]; accepts "45 %". */
        public double number(double lo, double hi) {
            double v = quantity(Dimension.NONE);
            if (!(v >= lo && v <= hi)) {
                throw error("'" + string() + "' is out of range; expected a number in [" + lo + ", " + hi + "]");
            }
            return v;
        }

        public long integer() {
            String s = string();
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw error("'" + s + "' is not an integer");
            }
        }

        public <E extends Enum<E>> E choice(Class<E> type) {
            String s = string();
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(s)) {
                    return e;
                }
            }
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name());
            }
            throw error("'" + s + "' is not allowed; expected one of " + String.join(", ", names));
        }

        public YamlMap map() {
            return new YamlMap(source, field, node);
        }

        public boolean isMap() {
            return node instanceof MappingNode;
        }

        public List<Value> list() {
            if (!(node instanceof SequenceNode s)) {
                throw error("expected a list");
            }
            List<Value> out = new ArrayList<>();
            int i = 0;
            for (Node n : s.getValue()) {
                out.add(new Value(field + "[" + i++ + "]", n));
            }
            return out;
        }
    }
}
