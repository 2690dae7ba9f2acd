package io.piiscanner.testdata.corpus;

import io.piiscanner.testdata.LabeledLine;
import io.piiscanner.testdata.text.Lang;

/** A labeled line plus how it was made (for statistics only; not written to the corpus). */
public record GeneratedLine(LabeledLine line, Lang lang, String genre) {
}
