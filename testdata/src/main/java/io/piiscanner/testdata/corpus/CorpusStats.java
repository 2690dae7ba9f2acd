package io.piiscanner.testdata.corpus;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.Span;
import io.piiscanner.testdata.text.Lang;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts lines, characters, spans per entity, languages and genres while a corpus streams by. */
public final class CorpusStats {
    private final Map<Entity, Integer> spans = new EnumMap<>(Entity.class);
    private final Map<Lang, Integer> langs = new EnumMap<>(Lang.class);
    private final Map<String, Integer> genres = new TreeMap<>();
    private long lines;
    private long chars;
    private long noPii;

    public void add(GeneratedLine g) {
        lines++;
        chars += g.line().text().length();
        if (g.line().spans().isEmpty()) {
            noPii++;
        }
        for (Span s : g.line().spans()) {
            spans.merge(s.entity(), 1, Integer::sum);
        }
        langs.merge(g.lang(), 1, Integer::sum);
        genres.merge(g.genre(), 1, Integer::sum);
    }

    public int spans(Entity e) {
        return spans.getOrDefault(e, 0);
    }

    public long lines() {
        return lines;
    }

    public long noPiiLines() {
        return noPii;
    }

    public int lang(Lang l) {
        return langs.getOrDefault(l, 0);
    }

    public double averageLength() {
        return lines == 0 ? 0 : (double) chars / lines;
    }

    public void print(String title, PrintStream out) {
        out.printf("%s: %d lines, %d without PII (%.1f%%), %.0f chars/line on average%n", title, lines, noPii,
            100.0 * noPii / Math.max(1, lines), averageLength());
        StringBuilder l = new StringBuilder("  languages:");
        langs.forEach((k, v) -> l.append(String.format(" %s %d (%.1f%%)", k.code(), v, 100.0 * v / lines)));
        out.println(l);
        StringBuilder g = new StringBuilder("  genres:");
        genres.forEach((k, v) -> g.append(' ').append(k).append(' ').append(v));
        out.println(g);
        out.println("  spans per entity:");
        int total = 0;
        for (Entity e : Entity.values()) {
            int n = spans(e);
            total += n;
            out.printf("    %-22s %6d%n", e.name(), n);
        }
        out.printf("    %-22s %6d%n", "TOTAL", total);
    }
}
