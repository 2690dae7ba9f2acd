package io.piiscanner.core.rules;

import com.google.re2j.Pattern;

/**
 * One RE2J pattern of a rule. {@code group} selects the capture group that holds the value (0 = whole
 * match), so a pattern may match a key and its value while the span covers the value only.
 *
 * <p>A pattern whose matches begin at one of the rule's trigger keywords, or at the start of the token
 * that holds one ({@code starts: trigger} in the rule file), carries {@code anchored}: the same expression
 * behind one character of left context, {@code (?s:.)(regex)}, run with {@code lookingAt} at those places
 * only. A search over a window starts a thread of the NFA at every character; an anchored match starts one
 * where a keyword is and stops when it dies, which for a long alternation of words is most of the cost.
 */
public record PatternSpec(String name, Pattern regex, double score, int group, Pattern anchored) {

    public PatternSpec(String name, Pattern regex, double score, int group) {
        this(name, regex, score, group, null);
    }

    /** Builds the anchored form of {@code regex}: its group {@code g} is group {@code g + 1} there. */
    public static Pattern anchoredForm(Pattern regex) {
        return Pattern.compile("(?s:.)(" + regex.pattern() + ")", regex.flags());
    }

    public boolean startsAtTrigger() {
        return anchored != null;
    }
}
