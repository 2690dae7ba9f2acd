package io.piiscanner.core.detect;

import io.piiscanner.core.rules.EntityRule;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The span finders a rule file can name with {@code detector:}, besides the built-in {@code pattern}. */
public final class SpanFinders {

    private static final Map<String, SpanFinder> FINDERS = Map.of(
            "phone", new PhoneDetector(),
            PemBlockFinder.NAME, new PemBlockFinder(),
            io.piiscanner.core.detect.nlp.PersonNameFinder.NAME, new io.piiscanner.core.detect.nlp.PersonNameFinder(),
            io.piiscanner.core.detect.nlp.PostalAddressFinder.NAME, new io.piiscanner.core.detect.nlp.PostalAddressFinder());

    private SpanFinders() {
    }

    static SpanFinder get(String name) {
        SpanFinder f = FINDERS.get(name);
        if (f == null) {
            throw new IllegalStateException("no span finder named " + name);
        }
        return f;
    }

    /** Whether a detector looks for free-text entities (names, addresses) that typed fields cannot hold. */
    public static boolean needsFreeText(String detector) {
        return io.piiscanner.core.detect.nlp.NlpDetectors.NAMES.contains(detector);
    }

    /** Every detector name a rule may use. */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>(FINDERS.keySet());
        names.add(EntityRule.PATTERN_DETECTOR);
        return names;
    }
}
