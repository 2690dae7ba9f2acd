package io.piiscanner.core.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DetectionEngine.mergeWindows} (in place, on the flat window array) against the object version it
 * replaced (a window per int[2], a stable sort, a list of merged windows), on random windows and texts, below
 * and above the size where it sorts packed longs instead of inserting.
 */
class MergeWindowsTest {

    @Test
    void inPlaceMergeGivesTheWindowsOfTheObjectVersion() {
        Random random = new Random(23);
        String alphabet = "ab1 2-@.\n\t";
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder t = new StringBuilder();
            int length = 1 + random.nextInt(200);
            for (int i = 0; i < length; i++) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = t.toString();
            int count = 1 + random.nextInt(trial % 2 == 0 ? 6 : 40);
            int[] flat = new int[2 * count + random.nextInt(4)];
            for (int i = 0; i < count; i++) {
                // as the engine makes them: a trigger inside the text, widened by up to some characters each side
                int start = random.nextInt(length);
                int end = start + 1 + random.nextInt(Math.min(10, length - start));
                flat[2 * i] = start - random.nextInt(20);
                flat[2 * i + 1] = end + random.nextInt(20);
            }
            boolean toSpace = random.nextBoolean();
            List<String> expected = reference(text, flat.clone(), count, toSpace);
            int merged = DetectionEngine.mergeWindows(text, flat, count, toSpace);
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < merged; i++) {
                actual.add(flat[2 * i] + ".." + flat[2 * i + 1]);
            }
            assertThat(actual).as(text + " " + count).isEqualTo(expected);
        }
    }

    private static List<String> reference(String text, int[] flat, int count, boolean growToSpace) {
        int n = text.length();
        int[][] ws = new int[count][];
        for (int i = 0; i < count; i++) {
            int from = Math.max(0, flat[2 * i]);
            int to = Math.min(n, flat[2 * i + 1]);
            int limit = Math.max(0, from - 64);
            while (from > limit && grows(text.charAt(from - 1), text.charAt(from), growToSpace)) {
                from--;
            }
            limit = Math.min(n, to + 64);
            while (to < limit && to > 0 && grows(text.charAt(to), text.charAt(to - 1), growToSpace)) {
                to++;
            }
            ws[i] = new int[] {from, to};
        }
        Arrays.sort(ws, Comparator.comparingInt(a -> a[0]));
        List<String> out = new ArrayList<>();
        int[] cur = ws[0];
        for (int i = 1; i < count; i++) {
            if (ws[i][0] <= cur[1]) {
                cur[1] = Math.max(cur[1], ws[i][1]);
            } else {
                out.add(cur[0] + ".." + cur[1]);
                cur = ws[i];
            }
        }
        out.add(cur[0] + ".." + cur[1]);
        return out;
    }

    private static boolean grows(char outside, char inside, boolean toSpace) {
        if (toSpace) {
            return !Character.isWhitespace(outside);
        }
        return Character.isLetterOrDigit(outside) && Character.isLetterOrDigit(inside);
    }
}
