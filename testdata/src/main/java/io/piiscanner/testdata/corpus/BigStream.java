package io.piiscanner.testdata.corpus;

import io.piiscanner.testdata.Entity;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Throughput input: short lines (about 100 characters on average), roughly 40% with one or two
 * values, the rest business text and hard negatives. Lines are produced one at a time, so any
 * number can be streamed without holding them in memory.
 */
final class BigStream {
    private BigStream() {
    }

    static IntFunction<GeneratedLine> create(Random rnd) {
        EntityMix piiMix = new EntityMix(new double[] {0, 70, 30}, List.of(Entity.PRIVATE_KEY, Entity.POSTAL_ADDRESS));
        LineFactory pii = new LineFactory(DevTemplates.shortOnes(), piiMix, rnd);
        LineFactory plain = new LineFactory(DevTemplates.shortOnes(), new EntityMix(new double[] {1}, List.of()), rnd);
        LineFactory negatives = new LineFactory(NegativeTemplates.create(), NegativeTemplates.mix(), rnd);
        return i -> {
            double r = rnd.nextDouble();
            LineFactory f = r < 0.4 ? pii : r < 0.7 ? plain : negatives;
            return f.next("big", i + 1);
        };
    }
}
