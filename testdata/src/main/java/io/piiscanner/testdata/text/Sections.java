package io.piiscanner.testdata.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny sectioned list format for the phrase, frame and name resources.
 *
 * <pre>
 * # comment
 * &#64;section.name
 * one entry per line; "\n" is a newline, "\\" a backslash, "\t" a tab
 * </pre>
 * Lines of a section whose name ends in {@code .csv} are split on commas into several entries.
 */
public final class Sections {
    private final Map<String, List<String>> map;
    private final String source;

    private Sections(String source, Map<String, List<String>> map) {
        this.source = source;
        this.map = map;
    }

    public static Sections load(String resource) {
        InputStream in = Sections.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            boolean csv = false;
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    String name = line.substring(1).trim();
                    csv = name.endsWith(".csv");
                    if (csv) {
                        name = name.substring(0, name.length() - 4);
                    }
                    current = map.computeIfAbsent(name, k -> new ArrayList<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(resource + ":" + no + ": entry before any @section");
                }
                if (csv) {
                    for (String part : line.split(",")) {
                        if (!part.isBlank()) {
                            current.add(part.trim());
                        }
                    }
                } else {
                    current.add(unescape(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new Sections(resource, Collections.unmodifiableMap(map));
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'n') {
                    b.append('\n');
                    i++;
                    continue;
                }
                if (n == 't') {
                    b.append('\t');
                    i++;
                    continue;
                }
                if (n == '\\') {
                    b.append('\\');
                    i++;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    public boolean has(String name) {
        return map.containsKey(name) && !map.get(name).isEmpty();
    }

    public List<String> get(String name) {
        List<String> v = map.get(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(source + ": no entries in @" + name);
        }
        return v;
    }

    public List<String> getOrEmpty(String name) {
        return map.getOrDefault(name, List.of());
    }

    public Map<String, List<String>> all() {
        return map;
    }

    public String source() {
        return source;
    }
}
