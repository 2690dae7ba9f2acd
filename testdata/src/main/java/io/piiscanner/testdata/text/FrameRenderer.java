package io.piiscanner.testdata.text;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.identity.Pii;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a frame (see {@link Token}) with the values of one line: explicit entity slots and the
 * signature take their values first, the rest are spread over the list slots; values no slot
 * can take are appended as a final sentence, so every planned value is always written.
 */
public final class FrameRenderer {
    private static final Map<String, List<Token>> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_DEPTH = 4;

    private FrameRenderer() {
    }

    public static List<Token> tokens(String template) {
        return CACHE.computeIfAbsent(template, Token::parse);
    }

    public static void render(String frame, List<Pii> values, LineContext ctx, TextBuilder out) {
        List<Token> tokens = tokens(frame);
        List<Pii> rest = new ArrayList<>(values);
        Map<Integer, List<Pii>> plan = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.ENTITY) {
                Pii p = take(rest, Entity.valueOf(t.arg()));
                plan.put(i, p == null ? List.of() : List.of(p));
            } else if (t.kind() == Token.Kind.SIG) {
                plan.put(i, signatureValues(rest, ctx.rnd()));
            }
        }
        List<Integer> lists = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isList()) {
                lists.add(i);
                plan.put(i, new ArrayList<>());
            }
        }
        List<Pii> leftover = new ArrayList<>();
        for (Pii p : rest) {
            List<Integer> ok = lists.stream().filter(i -> accepts(tokens.get(i), p)).toList();
            if (ok.isEmpty()) {
                leftover.add(p);
            } else {
                plan.get(ok.get(ctx.rnd().nextInt(ok.size()))).add(p);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            renderToken(tokens.get(i), plan.getOrDefault(i, List.of()), next, ctx, out, null, 0);
        }
        if (!leftover.isEmpty()) {
            out.text(out.lastChar() == '\n' ? "" : " ");
            Mentions.sentences(leftover, TemplateSet.THIRD_PERSON, null, ctx, out);
        }
    }

    private static boolean accepts(Token list, Pii p) {
        return accepts(list, p.entity());
    }

    /** Whether a list slot can hold a value of this entity (private keys are not written into CSV cells). */
    public static boolean accepts(Token list, Entity e) {
        boolean key = e == Entity.PRIVATE_KEY;
        return switch (list.arg()) {
            case "JE", "CSV" -> !key;
            case "K" -> !key || !list.style().equals("form");
            default -> true;
        };
    }

    private static Pii take(List<Pii> rest, Entity e) {
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).entity() == e) {
                return rest.remove(i);
            }
        }
        return null;
    }

    private static List<Pii> signatureValues(List<Pii> rest, Random rnd) {
        List<Pii> sig = new ArrayList<>();
        Pii name = take(rest, Entity.PERSON_NAME);
        if (name != null) {
            sig.add(name);
        }
        for (Entity e : new Entity[] {Entity.PHONE, Entity.EMAIL, Entity.POSTAL_ADDRESS}) {
            if (Rnd.chance(rnd, 0.75)) {
                Pii p = take(rest, e);
                if (p != null) {
                    sig.add(p);
                }
            }
        }
        return sig;
    }

    /** Renders a clause or filler template that may contain a value slot {@code ${v}}. */
    static void renderInline(String template, Pii value, LineContext ctx, TextBuilder out, int depth) {
        List<Token> tokens = tokens(template);
        for (int i = 0; i < tokens.size(); i++) {
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            renderToken(tokens.get(i), List.of(), next, ctx, out, value, depth);
        }
    }

    private static void renderToken(Token t, List<Pii> assigned, Token next, LineContext ctx, TextBuilder out,
                                    Pii value, int depth) {
        switch (t.kind()) {
            case LIT -> out.text(t.arg());
            case LIST -> renderList(t, assigned, next, ctx, out);
            case ENTITY -> {
                if (assigned.isEmpty()) {
                    out.text(t.fallback());
                } else {
                    out.pii(assigned.get(0).entity(), assigned.get(0).as(t.style()));
                }
            }
            case SIG -> Signatures.render(assigned, ctx, out);
            case GENDER -> out.text(ctx.persona().female() ? t.arg() : t.style());
            case LOOK -> out.text(t.arg().equals("TIME") ? ctx.nextTime() : LookAlikes.make(t.arg(), ctx.rnd(), ctx.lang()));
            case VALUE -> {
                if (value == null) {
                    throw new IllegalStateException("${v} outside a clause");
                }
                out.pii(value.entity(), Mentions.styled(value, t.style(), ctx.rnd()));
            }
            case VARIANT -> {
                if (value == null || !value.variants().containsKey(t.style())) {
                    throw new IllegalStateException("no variant " + t.style() + " for " + value);
                }
                out.text(value.variants().get(t.style()));
            }
            case POOL -> {
                if (depth >= MAX_DEPTH) {
                    throw new IllegalStateException("pool recursion too deep at " + t.arg());
                }
                renderInline(ctx.set().pool(t.arg(), ctx.lang(), ctx.rnd()), value, ctx, out, depth + 1);
            }
        }
    }

    private static void renderList(Token t, List<Pii> items, Token next, LineContext ctx, TextBuilder out) {
        if (items.isEmpty()) {
            return;
        }
        switch (t.arg()) {
            case "M" -> Mentions.sentences(items, TemplateSet.NEUTRAL, next, ctx, out);
            case "M1" -> Mentions.sentences(items, TemplateSet.FIRST_PERSON, next, ctx, out);
            case "M3" -> Mentions.sentences(items, TemplateSet.THIRD_PERSON, next, ctx, out);
            case "L" -> Mentions.list(items, t.style().equals("nl") ? "\n" : null, ctx, out);
            default -> Structured.render(t, items, ctx, out);
        }
    }
}
