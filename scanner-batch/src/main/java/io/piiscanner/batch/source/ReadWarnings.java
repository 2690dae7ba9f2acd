package io.piiscanner.batch.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Counts of recoverable read problems per kind ("values truncated", "bad JSON lines"), for coverage. */
public final class ReadWarnings {

    public static final ReadWarnings NONE = new ReadWarnings();

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    public void count(String kind) {
        if (this == NONE) {
            return;
        }
        counts.merge(kind, 1L, Long::sum);
    }

    public void note(String kind, String text) {
        if (this != NONE) {
            notes.put(kind, text);
        }
    }

    public boolean isEmpty() {
        return counts.isEmpty() && notes.isEmpty();
    }

    /** e.g. "3 values truncated at 1048576 chars; decoded as windows-1252 (not valid UTF-8)". */
    public String summary() {
        String c = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining("; "));
        String n = String.join("; ", notes.values());
        return c.isEmpty() ? n : n.isEmpty() ? c : c + "; " + n;
    }
}
