package io.piiscanner.core.detect;

import io.piiscanner.core.model.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overlapping findings are resolved by sorting them by quality, and the kept ones by position. The engine's own
 * sort ({@code DetectionEngine.sort}) must order them exactly as the stable library sort with the comparators it
 * replaced: equal keys keep their order (the earlier rule wins a tie), below and above the size where it hands
 * over to the library.
 */
class FindingSortTest {

    private static final Comparator<Finding> BY_QUALITY = Comparator.comparingDouble(Finding::confidence).reversed()
            .thenComparing(Comparator.comparingInt(Finding::length).reversed());
    private static final Comparator<Finding> BY_POSITION = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end);

    @Test
    void sortsAsTheStableLibrarySortWithTheComparators() {
        Random random = new Random(43);
        double[] confidences = {0.5, 0.55, 0.6, 0.85, 1.0};
        for (int trial = 0; trial < 20_000; trial++) {
            int n = random.nextInt(trial % 10 == 0 ? 80 : 12);
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int start = random.nextInt(30);
                int end = start + 1 + random.nextInt(4);
                // the detector id tells equal keys apart: their order must be kept
                findings.add(new Finding("E", null, start, end, confidences[random.nextInt(confidences.length)],
                        "rule-" + i, "*", "fp", false, "", null));
            }
            for (boolean byQuality : new boolean[] {true, false}) {
                Finding[] actual = findings.toArray(new Finding[n + random.nextInt(3)]);
                DetectionEngine.sort(actual, n, byQuality);
                List<Finding> expected = new ArrayList<>(findings);
                expected.sort(byQuality ? BY_QUALITY : BY_POSITION);
                assertThat(Arrays.asList(actual).subList(0, n)).as(byQuality ? "by quality" : "by position")
                        .containsExactlyElementsOf(expected);
            }
        }
    }
}
