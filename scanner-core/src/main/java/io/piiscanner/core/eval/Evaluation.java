package io.piiscanner.core.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accumulates precision/recall counts over labeled documents, per entity, under overlap and exact
 * matching (ENTITIES.md, "Evaluation file format"). One-to-one: a gold span is matched at most once.
 * Not thread-safe; feed it from one thread.
 */
public final class Evaluation {

    private final Set<String> onlyEntities;
    private final Map<String, EntityScore> scores = new TreeMap<>();
    private long documents;
    private long documentsWithFalsePositive;

    /** @param onlyEntities score only these entities (others are ignored on both sides); empty = all */
    public Evaluation(Set<String> onlyEntities) {
        this.onlyEntities = Set.copyOf(onlyEntities);
    }

    public void add(List<Span> gold, List<Span> predicted) {
        documents++;
        Set<String> entities = new HashSet<>();
        gold.forEach(s -> entities.add(s.entity()));
        predicted.forEach(s -> entities.add(s.entity()));
        boolean anyFalsePositive = false;
        for (String e : entities) {
            if (!onlyEntities.isEmpty() && !onlyEntities.contains(e)) {
                continue;
            }
            List<Span> g = ofEntity(gold, e);
            List<Span> p = ofEntity(predicted, e);
            long[] overlap = match(g, p, false);
            long[] exact = match(g, p, true);
            scores.merge(e, new EntityScore(overlap[0], overlap[1], overlap[2], exact[0], exact[1], exact[2]), EntityScore::plus);
            anyFalsePositive |= overlap[1] > 0;
        }
        if (anyFalsePositive) {
            documentsWithFalsePositive++;
        }
    }

    /** Per-entity scores, sorted by entity name. */
    public Map<String, EntityScore> byEntity() {
        return Collections.unmodifiableMap(scores);
    }

    public EntityScore micro() {
        return scores.values().stream().reduce(EntityScore.ZERO, EntityScore::plus);
    }

    public long documents() {
        return documents;
    }

    /** Documents in which at least one prediction matched no gold span (for hard-negative sets: flagged lines). */
    public long documentsWithFalsePositive() {
        return documentsWithFalsePositive;
    }

    private static List<Span> ofEntity(List<Span> spans, String entity) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.entity().equals(entity)) {
                out.add(s);
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return out;
    }

    /** Returns {tp, fp, fn}. */
    private static long[] match(List<Span> gold, List<Span> predicted, boolean exact) {
        boolean[] used = new boolean[gold.size()];
        long tp = 0;
        long fp = 0;
        for (Span p : predicted) {
            int hit = -1;
            for (int i = 0; i < gold.size(); i++) {
                Span g = gold.get(i);
                if (!used[i] && (exact ? g.start() == p.start() && g.end() == p.end() : g.overlaps(p))) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                tp++;
            } else {
                fp++;
            }
        }
        long fn = 0;
        for (boolean u : used) {
            if (!u) {
                fn++;
            }
        }
        return new long[] {tp, fp, fn};
    }
}
