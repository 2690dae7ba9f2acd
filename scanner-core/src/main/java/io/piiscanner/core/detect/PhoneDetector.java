package io.piiscanner.core.detect;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.piiscanner.core.context.ContextScorer;
import io.piiscanner.core.rules.EntityRule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Phone numbers through libphonenumber: only numbers valid for their region count. A number written in
 * international form ({@code +44 20 7946 0958}) carries its region; a national one ({@code 030 1234567})
 * is resolved with the scan's region (a record's country, the caller's default, or the rule's default),
 * then, when phone context words are near, with the rule's fallback regions in order.
 */
final class PhoneDetector {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneDetector() {
    }

    static void detect(EntityRule rule, String text, int from, int to, String scanRegion, List<Candidate> out) {
        EntityRule.PhoneSpec spec = rule.phone();
        Set<String> regions = new LinkedHashSet<>();
        if (scanRegion != null) {
            regions.add(scanRegion);
        }
        regions.add(spec.defaultRegion());
        CharSequence window = text.subSequence(from, to);
        if (find(rule, window, from, regions, out)) {
            return;
        }
        if (spec.fallbackRegions().isEmpty()) {
            return;
        }
        if (spec.fallbackNeedsContext()) {
            ContextScorer.Result ctx = ContextScorer.evaluate(text, from, to, rule.context());
            if (!ctx.hasPositive()) {
                return;
            }
        }
        Set<String> fallbacks = new LinkedHashSet<>(spec.fallbackRegions());
        fallbacks.removeAll(regions);
        for (String region : fallbacks) {
            if (find(rule, window, from, Set.of(region), out)) {
                return;
            }
        }
    }

    private static boolean find(EntityRule rule, CharSequence window, int offset, Set<String> regions, List<Candidate> out) {
        boolean found = false;
        for (String region : regions) {
            List<Candidate> local = new ArrayList<>(2);
            for (PhoneNumberMatch m : UTIL.findNumbers(window, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
                String raw = m.rawString();
                boolean international = raw.startsWith("+") || raw.startsWith("00");
                double score = international ? rule.phone().internationalScore() : rule.phone().nationalScore();
                String e164 = UTIL.format(m.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
                local.add(new Candidate(rule, international ? "international" : "national:" + region,
                        offset + m.start(), offset + m.end(), score, e164));
            }
            if (!local.isEmpty()) {
                out.addAll(local);
                found = true;
                break;
            }
        }
        return found;
    }
}
