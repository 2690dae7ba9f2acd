package io.piiscanner.core.jurisdiction;

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
 * Line-aware view over a SnakeYAML node (same approach as the entity rule loader): every error names the
 * file and line, unknown keys are errors, and scalars are read as text (so {@code yes}, {@code NO} and
 * dates stay what was written).
 */
final class JYaml {

    private final String file;
    private final Node node;

    private JYaml(String file, Node node) {
        this.file = file;
        this.node = node;
    }

    static JYaml parse(String file, String content) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Node n = new Yaml(options).compose(new StringReader(content));
            if (n == null) {
                throw new RuleFileException(file, 0, "empty file");
            }
            return new JYaml(file, n);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new RuleFileException(file, line, "not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new RuleFileException(file, 0, "not valid YAML: " + e.getMessage(), e);
        }
    }

    String file() {
        return file;
    }

    int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    String where() {
        return file + ":" + line();
    }

    RuleFileException error(String reason) {
        return new RuleFileException(file, line(), reason);
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    Map<String, JYaml> mapping(String what, Set<String> allowed) {
        Map<String, JYaml> m = freeMapping(what);
        if (allowed != null) {
            for (Map.Entry<String, JYaml> e : m.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw e.getValue().error("unknown key '" + e.getKey() + "' in " + what + "; allowed: " + new java.util.TreeSet<>(allowed));
                }
            }
        }
        return m;
    }

    Map<String, JYaml> freeMapping(String what) {
        if (!(node instanceof MappingNode m)) {
            throw error(what + " must be a mapping");
        }
        Map<String, JYaml> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new JYaml(file, t.getKeyNode()).error("keys of " + what + " must be plain words");
            }
            if (out.put(k.getValue(), new JYaml(file, t.getValueNode())) != null) {
                throw new JYaml(file, k).error("duplicate key '" + k.getValue() + "' in " + what);
            }
        }
        return out;
    }

    List<JYaml> sequence(String what) {
        if (!(node instanceof SequenceNode s)) {
            throw error(what + " must be a list");
        }
        List<JYaml> out = new ArrayList<>();
        for (Node n : s.getValue()) {
            out.add(new JYaml(file, n));
        }
        return out;
    }

    String text(String what) {
        if (!(node instanceof ScalarNode s)) {
            throw error(what + " must be a single value");
        }
        return s.getValue();
    }

    String nonBlank(String what) {
        String v = text(what);
        if (v.isBlank()) {
            throw error(what + " must not be empty");
        }
        return v.trim();
    }

    List<String> textList(String what) {
        if (node instanceof ScalarNode s) {
            return List.of(s.getValue().trim());
        }
        List<String> out = new ArrayList<>();
        for (JYaml item : sequence(what)) {
            out.add(item.nonBlank("an item of " + what));
        }
        return out;
    }

    int integer(String what, int min, int max) {
        String v = text(what).trim();
        int i;
        try {
            i = Integer.parseInt(v);
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

    static JYaml require(JYaml parent, Map<String, JYaml> m, String key) {
        JYaml v = m.get(key);
        if (v == null) {
            throw parent.error("missing required key '" + key + "'");
        }
        return v;
    }
}
