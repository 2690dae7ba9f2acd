package io.piiscanner.testdata.text;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.identity.Pii;
import java.util.List;
import java.util.Random;

/**
 * E-mail signature blocks built from whatever contact values the line holds (name, phone,
 * e-mail, address), in the layout and vocabulary of the template set's pools
 * ({@code sig.closing}, {@code sig.role}, {@code sig.tel}, {@code sig.mobile}, {@code sig.mail},
 * {@code sig.sent}, {@code company}).
 */
final class Signatures {
    private Signatures() {
    }

    static void render(List<Pii> items, LineContext ctx, TextBuilder out) {
        Random rnd = ctx.rnd();
        TemplateSet set = ctx.set();
        Lang lang = ctx.lang();
        Pii name = find(items, Entity.PERSON_NAME);
        out.text(set.pool("sig.closing", lang, rnd));
        out.text(Rnd.pick(rnd, ",\n", "\n", ",\n\n"));
        if (name != null) {
            out.pii(Entity.PERSON_NAME, name.as(Rnd.chance(rnd, 0.85) ? "full" : ""));
            out.text("\n");
            if (Rnd.chance(rnd, 0.5)) {
                out.text(set.pool("sig.role", lang, rnd) + Rnd.pick(rnd, " | ", ", ", "\n") + set.pool("company", lang, rnd) + "\n");
            }
        } else if (items.isEmpty()) {
            out.text(Rnd.chance(rnd, 0.5) ? set.pool("sig.sent", lang, rnd) : set.pool("company", lang, rnd));
            return;
        } else {
            out.text(set.pool("company", lang, rnd) + "\n");
        }
        boolean compact = Rnd.chance(rnd, 0.3);
        String sep = compact ? Rnd.pick(rnd, " | ", " · ", " - ") : "\n";
        boolean first = true;
        for (Pii p : items) {
            if (p == name) {
                continue;
            }
            if (!first) {
                out.text(sep);
            }
            first = false;
            switch (p.entity()) {
                case PHONE -> {
                    String label = "mobile".equals(p.variants().get("kind")) ? set.pool("sig.mobile", lang, rnd)
                        : set.pool("sig.tel", lang, rnd);
                    out.text(label + " ");
                    out.pii(Entity.PHONE, p.text());
                }
                case EMAIL -> {
                    out.text(Rnd.chance(rnd, 0.5) ? set.pool("sig.mail", lang, rnd) + " " : "");
                    out.pii(Entity.EMAIL, p.text());
                }
                case POSTAL_ADDRESS -> out.pii(Entity.POSTAL_ADDRESS, compact ? p.text() : p.as("multiline"));
                default -> out.pii(p.entity(), p.text());
            }
        }
    }

    private static Pii find(List<Pii> items, Entity e) {
        for (Pii p : items) {
            if (p.entity() == e) {
                return p;
            }
        }
        return null;
    }
}
