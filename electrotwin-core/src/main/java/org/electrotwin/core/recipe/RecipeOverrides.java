package org.electrotwin.core.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.yaml.YamlMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Replaces fields of a recipe's YAML tree by dotted path, before validation (campaign parameters). */
final class RecipeOverrides {
    private RecipeOverrides() {}

    static void apply(String source, Node root, Map<String, String> overrides) {
        overrides.forEach((path, value) -> set(source, root, path, value));
    }

    private static void set(String source, Node root, String path, String value) {
        String[] parts = path.split("\\.");
        Node n = root;
        for (int i = 0; i < parts.length; i++) {
            if (!(n instanceof MappingNode m)) {
                throw new InputException(source + ": parameter '" + path + "': '" + String.join(".", java.util.Arrays.copyOf(parts, i))
                        + "' is not a section; expected a path to a field such as calendering.targetPorosity");
            }
            boolean last = i == parts.length - 1;
            NodeTuple found = null;
            int index = -1;
            List<NodeTuple> tuples = m.getValue();
            for (int k = 0; k < tuples.size(); k++) {
                if (tuples.get(k).getKeyNode() instanceof ScalarNode key && key.getValue().equals(parts[i])) {
                    found = tuples.get(k);
                    index = k;
                }
            }
            if (last) {
                Node mark = found != null ? found.getValueNode() : m;
                ScalarNode v = new ScalarNode(Tag.STR, value, mark.getStartMark(), mark.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
                ScalarNode k = new ScalarNode(Tag.STR, parts[i], mark.getStartMark(), mark.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
                List<NodeTuple> copy = new ArrayList<>(tuples);
                if (found != null) {
                    copy.set(index, new NodeTuple(found.getKeyNode(), v));
                } else {
                    copy.add(new NodeTuple(k, v));
                }
                m.setValue(copy);
                return;
            }
            if (found == null) {
                MappingNode child = new MappingNode(Tag.MAP, true, new ArrayList<>(), m.getStartMark(), m.getEndMark(),
                        DumperOptions.FlowStyle.BLOCK);
                List<NodeTuple> copy = new ArrayList<>(tuples);
                copy.add(new NodeTuple(new ScalarNode(Tag.STR, parts[i], m.getStartMark(), m.getEndMark(), DumperOptions.ScalarStyle.PLAIN), child));
                m.setValue(copy);
                n = child;
            } else {
                n = found.getValueNode();
            }
        }
    }
}
