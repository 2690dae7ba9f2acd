package io.piiscanner.core.rules;

import io.piiscanner.core.validate.Validator;

import java.util.List;

/**
 * A compiled, validated, immutable detection rule, built from one entry of a rule file by {@link RuleLoader}.
 * See {@code rules/README.md} for the file format and the scoring model.
 *
 * @param id            unique rule id, e.g. {@code us-ssn}; findings name it as their detector
 * @param entity        canonical entity name, e.g. {@code US_SSN}
 * @param detector      which detector runs the rule: {@code pattern} (RE2J, built in) or the name of a
 *                      registered span finder such as {@code phone}
 * @param patterns      RE2J patterns (pattern rules) with their base scores
 * @param prefilter     cheap candidate triggers; the patterns run only on windows they open
 * @param validator     optional checksum/structure check; a failing candidate is dropped
 * @param validatorName the validator's name in the rule file, for explanations
 * @param validatedBoost score added when the validator accepts the candidate
 * @param shrinkOnInvalid when the validator rejects a match, retry without its last space-separated group
 *                      (a year or a word after an IBAN or card number that the pattern took in)
 * @param notAfter      RE2J expressions (ending in {@code $}) tried on the text just before a match; a
 *                      match preceded by one is dropped ("user:secret@host" in a URL is not an e-mail)
 * @param minScore      findings below this score are dropped, whatever the scanner threshold
 * @param context       words near the match that raise (or lower) the score
 * @param fieldHints    field names, labels and metadata types that raise the score
 * @param mask          how the masked preview is built
 * @param normalization how the value is normalised before fingerprinting
 * @param phone         phone settings (rules with detector {@code phone} only)
 * @param examples      texts that must and must not produce a finding; checked by the rule-pack test
 * @param source        file the rule came from (with line), for error messages and the evidence manifest
 */
public record EntityRule(String id, String entity, String description, List<String> sources,
                         List<String> jurisdictions, String detector, List<PatternSpec> patterns, Prefilter prefilter,
                         Validator validator, String validatorName, double validatedBoost, boolean shrinkOnInvalid,
                         List<com.google.re2j.Pattern> notAfter, double minScore,
                         ContextSpec context, FieldHintSpec fieldHints, MaskSpec mask, Normalization normalization,
                         PhoneSpec phone, Examples examples, String source) {

    public EntityRule {
        sources = List.copyOf(sources);
        jurisdictions = List.copyOf(jurisdictions);
        patterns = List.copyOf(patterns);
        notAfter = List.copyOf(notAfter);
    }

    /** The built-in detector: the rule's RE2J patterns. */
    public static final String PATTERN_DETECTOR = "pattern";

    public boolean isPatternRule() {
        return PATTERN_DETECTOR.equals(detector);
    }

    /** How a value is normalised before fingerprinting, so differently written equal values collide. */
    public enum Normalization {
        /** digits only: card numbers, SSNs, phone numbers (after E.164 formatting) */
        DIGITS,
        /** letters and digits, upper-cased: IBANs, national ids with letters */
        ALNUM_UPPER,
        /** lower-cased, trimmed: e-mail addresses */
        LOWER,
        /** as written: passwords, keys, tokens */
        EXACT
    }

    /** Texts that must (match) and must not (noMatch) produce a finding of this rule, on their own. */
    public record Examples(List<String> match, List<String> noMatch) {
        public static final Examples NONE = new Examples(List.of(), List.of());

        public Examples {
            match = List.copyOf(match);
            noMatch = List.copyOf(noMatch);
        }
    }

    /** Settings for the libphonenumber-based detector. */
    public record PhoneSpec(String defaultRegion, List<String> fallbackRegions, boolean fallbackNeedsContext,
                            double internationalScore, double nationalScore, double plainNationalScore) {
        public PhoneSpec {
            fallbackRegions = List.copyOf(fallbackRegions);
        }
    }
}
