package io.piiscanner.core.rules;

import java.util.List;

/**
 * The cheap triggers that decide where a rule's patterns run. A rule runs on a window around each place
 * where one of its triggers fires; a rule with no trigger runs over the whole text (slow: custom rules only).
 *
 * @param digits   fires on runs of digit groups (digits joined by single separators) holding between
 *                 {@code min} and {@code max} digits
 * @param tokens   fires on tokens (letters, digits and the given extra characters) of the given shape
 * @param keywords fires on any of these literal words, case-insensitive
 * @param before   characters of context kept before a trigger (the window then extends to a word boundary)
 * @param after    characters kept after a trigger
 * @param growToSpace windows grow to the next white space instead of the next word boundary (for values made
 *                 of several words joined by punctuation, such as an e-mail address around its "@")
 */
public record Prefilter(DigitTrigger digits, TokenTrigger tokens, List<String> keywords, int before, int after,
                        boolean growToSpace) {

    public static final Prefilter NONE = new Prefilter(null, null, List.of(), 0, 0, false);

    public Prefilter {
        keywords = List.copyOf(keywords);
    }

    public boolean isEmpty() {
        return digits == null && tokens == null && keywords.isEmpty();
    }

    /**
     * Digit groups separated by one character from {@code separators} (or two, for ") " in phone numbers).
     * {@code skipDateLike} ignores runs shaped like a date (2024-03-12, 12.03.2024, 12/03/24);
     * {@code minGroups}/{@code maxGroups} bound the number of digit groups in the run (an IPv4 address has 4);
     * {@code standalone} ignores runs glued to a letter ("1Z999AA10123456784", "0035g00000AbCdE"): numbers
     * written on their own never touch letters, ids with letters use a token trigger instead.
     */
    public record DigitTrigger(int min, int max, String separators, boolean skipDateLike, int minGroups, int maxGroups,
                               boolean standalone, LetterSide letterSide) {
    }

    /**
     * Where a letter must touch a digit run (at most one space or dash between) for ids that mix both:
     * a NINO has letters before its digits, a DNI a letter after, an NRIC both.
     */
    public enum LetterSide { ANY_OR_NONE, BEFORE, AFTER, EITHER }

    /** Maximal runs of ASCII letters, digits and {@code extraChars} holding at least one digit, with length and mix bounds
     * ({@code minExtras}: how many of the extra characters the token must hold, e.g. 7 colons for a full IPv6;
     * {@code startsWith}: a shape the token must begin with, A = upper-case letter, n = digit, a = lower-case
     * letter, x = anything, e.g. "AAnn" for an IBAN). */
    public record TokenTrigger(int minLength, int maxLength, int minDigits, int minLetters, String extraChars,
                               int minExtras, String startsWith) {
    }
}
