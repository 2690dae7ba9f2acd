package io.piiscanner.core.rules;

import com.google.re2j.Pattern;

/**
 * One RE2J pattern of a rule. {@code group} selects the capture group that holds the value (0 = whole
 * match), so a pattern may match a key and its value while the span covers the value only.
 */
public record PatternSpec(String name, Pattern regex, double score, int group) {
}
