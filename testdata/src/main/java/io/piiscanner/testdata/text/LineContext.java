package io.piiscanner.testdata.text;

import io.piiscanner.testdata.identity.Persona;
import java.util.Random;

/** What the renderer needs to know about the line being written, plus a clock for timestamps that move forward. */
public record LineContext(Random rnd, Lang lang, TemplateSet set, Persona persona, int[] clock) {

    public LineContext(Random rnd, Lang lang, TemplateSet set, Persona persona) {
        this(rnd, lang, set, persona, new int[] {7 * 60 + rnd.nextInt(11 * 60)});
    }

    /** "HH:mm", a little later than the previous call on this line. */
    public String nextTime() {
        clock[0] = Math.min(23 * 60 + 59, clock[0] + rnd.nextInt(4));
        return String.format("%02d:%02d", clock[0] / 60, clock[0] % 60);
    }
}
