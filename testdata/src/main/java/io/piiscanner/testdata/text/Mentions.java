package io.piiscanner.testdata.text;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.identity.Pii;
import java.util.List;
import java.util.Random;

/** Writes values inside their context clauses, as running sentences or as a list. */
final class Mentions {
    private Mentions() {
    }

    static void sentences(List<Pii> items, int voice, Token next, LineContext ctx, TextBuilder out) {
        Random rnd = ctx.rnd();
        for (int i = 0; i < items.size(); i++) {
            Pii p = items.get(i);
            if (i > 0) {
                out.text(separator(items.get(i - 1), ctx));
            }
            if (out.atSentenceStart()) {
                out.capitalizeNext();
            }
            clause(p, voice, ctx, out);
        }
        Pii last = items.get(items.size() - 1);
        boolean nextIsPunct = next != null && next.kind() == Token.Kind.LIT && !next.arg().isEmpty()
            && ".,;:!?)\n".indexOf(next.arg().charAt(0)) >= 0;
        if (last.entity() == Entity.PRIVATE_KEY) {
            out.text(nextIsPunct ? "" : "\n");
        } else if (!nextIsPunct && ".!?:".indexOf(out.lastChar()) < 0) {
            out.text(Rnd.chance(rnd, 0.93) ? "." : Rnd.pick(rnd, "!", "", ""));
        }
    }

    static void list(List<Pii> items, String fixedSep, LineContext ctx, TextBuilder out) {
        String sep = fixedSep != null ? fixedSep : Rnd.pick(ctx.rnd(), ", ", "; ", " | ", " / ", ", ", " - ");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.text(items.get(i - 1).entity() == Entity.PRIVATE_KEY ? "\n" : sep);
            }
            clause(items.get(i), TemplateSet.NEUTRAL, ctx, out);
        }
    }

    private static void clause(Pii p, int voice, LineContext ctx, TextBuilder out) {
        List<String> clauses = ctx.set().clauses(p.entity(), ctx.lang(), voice);
        if (clauses.isEmpty()) {
            throw new IllegalStateException(ctx.set().name() + ": no clause for " + p.entity() + " in " + ctx.lang());
        }
        FrameRenderer.renderInline(Rnd.pick(ctx.rnd(), clauses), p, ctx, out, 0);
    }

    private static String separator(Pii previous, LineContext ctx) {
        if (previous.entity() == Entity.PRIVATE_KEY) {
            return "\n";
        }
        Random rnd = ctx.rnd();
        return switch (Rnd.weighted(rnd, 55, 12, 18, 3, 12)) {
            case 0 -> ". ";
            case 1 -> "; ";
            case 2 -> ", ";
            case 3 -> " - ";
            default -> " " + ctx.set().pool("and", ctx.lang(), rnd) + " ";
        };
    }

    /** A value in the requested style; private keys are sometimes pasted flattened onto one line. */
    static String styled(Pii p, String style, Random rnd) {
        if (p.entity() == Entity.PRIVATE_KEY && style.isEmpty()) {
            return Rnd.chance(rnd, 0.15) ? p.as("flat") : Rnd.chance(rnd, 0.05) ? p.as("crlf") : p.text();
        }
        return p.as(style);
    }
}
