package io.piiscanner.core.rules;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A thin, line-aware view over a SnakeYAML node, so every error in a rule file names its line.
 * Unknown keys are errors: a misspelt {@code validatr:} must fail the load, not silently do nothing.
 */
final class YamlNode {

    private final String file;
    private final Node node;

    YamlNode(String file, Node node) {
        this.file = file;
        this.node = node;
    }

    int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    RuleFileException error(String reason) {
        return new RuleFileException(file, line(), reason);
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    Map<String, YamlNode> mapping(String what, Set<String> allowedKeys) {
        if (!(node instanceof MappingNode m)) {
            throw error(what + " must be a mapping");
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new YamlNode(file, t.getKeyNode()).error("keys of " + what + " must be plain words");
            }
            String key = k.getValue();
            if (!allowedKeys.contains(key)) {
                throw new YamlNode(file, k).error("unknown key '" + key + "' in " + what + "; allowed: " + allowedKeys);
            }
            if (out.put(key, new YamlNode(file, t.getValueNode())) != null) {
                throw new YamlNode(file, k).error("duplicate key '" + key + "' in " + what);
            }
        }
        return out;
    }

    /** A mapping whose keys are free (e.g. language codes), values kept in order. */
    Map<String, YamlNode> freeMapping(String what) {
        if (!(node instanceof MappingNode m)) {
            throw error(what + " must be a mapping");
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new YamlNode(file, t.getKeyNode()).error("keys of " + what + " must be plain words");
            }
            if (out.put(k.getValue(), new YamlNode(file, t.getValueNode())) != null) {
                throw new YamlNode(file, k).error("duplicate key '" + k.getValue() + "' in " + what);
            }
        }
        return out;
    }

    List<YamlNode> sequence(String what) {
        if (!(node instanceof SequenceNode s)) {
            throw error(what + " must be a list");
        }
        List<YamlNode> out = new ArrayList<>();
        for (Node n : s.getValue()) {
            out.add(new YamlNode(file, n));
        }
        return out;
    }

    String text(String what) {
        if (!(node instanceof ScalarNode s)) {
            throw error(what + " must be a single value");
        }
        return s.getValue();
    }

    String nonBlankText(String what) {
        String v = text(what);
        if (v.isBlank()) {
            throw error(what + " must not be empty");
        }
        return v;
    }

    List<String> textList(String what) {
        if (node instanceof ScalarNode s) {
            return List.of(s.getValue());
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : sequence(what)) {
            out.add(item.nonBlankText("an item of " + what));
        }
        return out;
    }

    double number(String what, double min, double max) {
        String v = text(what);
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw error(what + " must be a number, got '" + v + "'");
        }
        if (d < min || d > max) {
            throw error(what + " must be between " + min + " and " + max + ", got " + v);
        }
        return d;
    }

    int integer(String what, int min, int max) {
        String v = text(what);
        int i;
        try {
            i = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw error(what + " must be a whole number, got '" + v + "'");
        }
        if (i < min || i > max) {
            throw error(what + " must be between " + min + " and " + max + ", got " + v);
        }
        return i;
    }

    boolean bool(String what) {
        String v = text(what).trim().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(what + " must be true or false, got '" + v + "'");
        };
    }
}
