package io.piiscanner.testdata.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of a frame or clause: literal text or a {@code ${...}} slot.
 *
 * <ul>
 * <li>{@code ${M}}, {@code ${M1}}, {@code ${M3}}: mention clauses as sentences (neutral, 1st, 3rd person)</li>
 * <li>{@code ${L}}, {@code ${L:nl}}: neutral clauses as a list</li>
 * <li>{@code ${K:log|kv|env|yaml|props|form}}, {@code ${J}}, {@code ${JE}}, {@code ${X}}, {@code ${CSV}}:
 *     structured fields (key=value, JSON pairs, JSON pairs inside an escaped JSON string, XML elements, CSV)</li>
 * <li>{@code ${E:ENTITY[:style][|fallback]}}: one value of that entity, or the fallback text</li>
 * <li>{@code ${SIG}}: an e-mail signature; {@code ${g:female|male}}: gender agreement</li>
 * <li>{@code ${#NAME}}: a benign look-alike token; {@code ${v}} / {@code ${v:style}}: the value inside a clause</li>
 * <li>{@code ${t:variant}}: unlabeled text about the value (its state, its coin)</li>
 * <li>anything else: a filler from the pools</li>
 * </ul>
 */
public record Token(Kind kind, String arg, String style, String fallback) {

    public enum Kind { LIT, LIST, ENTITY, SIG, GENDER, LOOK, VALUE, VARIANT, POOL }

    public static List<Token> parse(String template) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("${", i);
            if (open < 0) {
                out.add(new Token(Kind.LIT, template.substring(i), "", ""));
                break;
            }
            if (open > i) {
                out.add(new Token(Kind.LIT, template.substring(i, open), "", ""));
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed slot in: " + template);
            }
            out.add(slot(template.substring(open + 2, close), template));
            i = close + 1;
        }
        return List.copyOf(out);
    }

    private static Token slot(String body, String template) {
        if (body.matches("M[13]?|L(:nl)?|J|JE|X|CSV|K:(log|kv|env|yaml|props|form)")) {
            int c = body.indexOf(':');
            return c < 0 ? new Token(Kind.LIST, body, "", "") : new Token(Kind.LIST, body.substring(0, c), body.substring(c + 1), "");
        }
        if (body.startsWith("E:")) {
            String spec = body.substring(2);
            String fallback = "";
            int bar = spec.indexOf('|');
            if (bar >= 0) {
                fallback = spec.substring(bar + 1);
                spec = spec.substring(0, bar);
            }
            int c = spec.indexOf(':');
            return c < 0 ? new Token(Kind.ENTITY, spec, "", fallback)
                : new Token(Kind.ENTITY, spec.substring(0, c), spec.substring(c + 1), fallback);
        }
        if (body.equals("SIG")) {
            return new Token(Kind.SIG, "", "", "");
        }
        if (body.startsWith("g:")) {
            String[] parts = body.substring(2).split("\\|", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("gender slot needs female|male: " + template);
            }
            return new Token(Kind.GENDER, parts[0], parts[1], "");
        }
        if (body.startsWith("#")) {
            return new Token(Kind.LOOK, body.substring(1), "", "");
        }
        if (body.equals("v") || body.startsWith("v:")) {
            return new Token(Kind.VALUE, "v", body.length() > 2 ? body.substring(2) : "", "");
        }
        if (body.startsWith("t:")) {
            return new Token(Kind.VARIANT, "t", body.substring(2), "");
        }
        if (!body.matches("[a-z][a-z0-9_.]*")) {
            throw new IllegalArgumentException("bad slot ${" + body + "} in: " + template);
        }
        return new Token(Kind.POOL, body, "", "");
    }

    public boolean isList() {
        return kind == Kind.LIST;
    }
}
