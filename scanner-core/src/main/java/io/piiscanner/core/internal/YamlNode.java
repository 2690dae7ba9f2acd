package io.piiscanner.core.internal;

import io.piiscanner.core.rules.RuleFileException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A thin, line-aware view over a SnakeYAML node, so every error in a rule file names its line.
 * Unknown keys are errors: a misspelt {@code validatr:} must fail the load, not silently do nothing.
 * Used by the entity rule loader and the jurisdiction pack loader.
 */
public final class YamlNode {

    private final String file;
    private final Node node;

    private YamlNode(String file, Node node) {
        this.file = file;
        this.node = node;
    }

    /**
     * Parses one file's text (duplicate keys and alias bombs refused).
     *
     * @throws RuleFileException for empty or malformed YAML, with the line of the problem
     */
    public static YamlNode parse(String file, String content) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Node n = new Yaml(options).compose(new StringReader(content));
            if (n == null) {
                throw new RuleFileException(file, 0, "empty file");
            }
            return new YamlNode(file, n);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new RuleFileException(file, line, "not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new RuleFileException(file, 0, "not valid YAML: " + e.getMessage(), e);
        }
    }

    /** The value under {@code key}, or a load error naming the parent's line. */
    public static YamlNode require(YamlNode parent, Map<String, YamlNode> m, String key) {
        YamlNode v = m.get(key);
        if (v == null) {
            throw parent.error("missing required key '" + key + "'");
        }
        return v;
    }

    public String file() {
        return file;
    }

    /** {@code file:line}, for error messages and provenance. */
    public String where() {
        return file + ":" + line();
    }

    public int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    public RuleFileException error(String reason) {
        return new RuleFileException(file, line(), reason);
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public Map<String, YamlNode> mapping(String what, Set<String> allowedKeys) {
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
    public Map<String, YamlNode> freeMapping(String what) {
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

    public List<YamlNode> sequence(String what) {
        if (!(node instanceof SequenceNode s)) {
            throw error(what + " must be a list");
        }
        List<YamlNode> out = new ArrayList<>();
        for (Node n : s.getValue()) {
            out.add(new YamlNode(file, n));
        }
        return out;
    }

    public String text(String what) {
        if (!(node instanceof ScalarNode s)) {
            throw error(what + " must be a single value");
        }
        return s.getValue();
    }

    public String nonBlankText(String what) {
        String v = text(what);
        if (v.isBlank()) {
            throw error(what + " must not be empty");
        }
        return v;
    }

    public List<String> textList(String what) {
        if (node instanceof ScalarNode s) {
            return List.of(s.getValue());
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : sequence(what)) {
            out.add(item.nonBlankText("an item of " + what));
        }
        return out;
    }

    public double number(String what, double min, double max) {
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

    public int integer(String what, int min, int max) {
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

    public boolean bool(String what) {
        String v = text(what).trim().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(what + " must be true or false, got '" + v + "'");
        };
    }
}
