package io.piiscanner.core.detect;

import io.piiscanner.core.rules.EntityRule;

/**
 * A match before scoring: which rule and pattern, where, its base score and, when the detector already
 * knows it (phones: E.164), the normalised value. Internal to the engine.
 */
record Candidate(EntityRule rule, String patternName, int start, int end, double baseScore, String normalized) {
}
