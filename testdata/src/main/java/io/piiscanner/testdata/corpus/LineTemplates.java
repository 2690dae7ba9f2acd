package io.piiscanner.testdata.corpus;

import io.piiscanner.testdata.text.TemplateSet;
import java.util.List;

/** One author's template set and the genres it writes. */
public record LineTemplates(String name, TemplateSet set, List<Genre> genres) {
    public LineTemplates {
        genres = List.copyOf(genres);
    }
}
