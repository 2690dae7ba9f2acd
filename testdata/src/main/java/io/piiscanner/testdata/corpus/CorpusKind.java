package io.piiscanner.testdata.corpus;

import java.util.Random;
import java.util.function.IntFunction;

/** The corpora this module writes, with their default sizes and how each line is made. */
public enum CorpusKind {
    DEV("dev", 5400),
    NEGATIVES("negatives", 1300),
    HELDOUT("heldout", 1500),
    BIG("big", 100_000);

    private final String id;
    private final int defaultLines;

    CorpusKind(String id, int defaultLines) {
        this.id = id;
        this.defaultLines = defaultLines;
    }

    public String id() {
        return id;
    }

    public int defaultLines() {
        return defaultLines;
    }

    public static CorpusKind of(String s) {
        for (CorpusKind k : values()) {
            if (k.id.equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("--kind must be dev, negatives, heldout or big, not " + s);
    }

    /** A source of lines for this kind; line i is produced by {@code apply(i)}, in order. */
    public IntFunction<GeneratedLine> source(long seed) {
        Random rnd = new Random(seed);
        return switch (this) {
            case DEV -> factory(DevTemplates.create(), EntityMix.standard(), rnd);
            case HELDOUT -> factory(HeldoutTemplates.create(), EntityMix.standard(), rnd);
            case NEGATIVES -> factory(NegativeTemplates.create(), NegativeTemplates.mix(), rnd);
            case BIG -> BigStream.create(rnd);
        };
    }

    private IntFunction<GeneratedLine> factory(LineTemplates t, EntityMix mix, Random rnd) {
        LineFactory f = new LineFactory(t, mix, rnd);
        return i -> f.next(id, i + 1);
    }
}
