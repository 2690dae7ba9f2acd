package io.piiscanner.testdata.text;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.identity.Pii;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Renders values as fields: key=value pairs, config files, JSON pairs, escaped JSON, XML, CSV. */
final class Structured {
    private Structured() {
    }

    static void render(Token slot, List<Pii> items, LineContext ctx, TextBuilder out) {
        switch (slot.arg()) {
            case "K" -> keyValues(slot.style(), items, ctx, out);
            case "J" -> json(items, ctx, out, false);
            case "JE" -> json(items, ctx, out, true);
            case "X" -> xml(items, ctx, out);
            case "CSV" -> csv(items, ctx, out);
            default -> throw new IllegalArgumentException(slot.arg());
        }
    }

    /** The value as a system would store it (birth dates in a machine format, addresses on one line). */
    static String value(Pii p, Random rnd, Lang lang) {
        if (p.entity() == Entity.DATE_OF_BIRTH) {
            return p.as(Rnd.chance(rnd, 0.6) ? "iso" : switch (lang) {
                case EN -> Rnd.pick(rnd, "us", "dmy", "compact");
                case DE -> "de";
                default -> "dmy";
            });
        }
        return p.text();
    }

    private static String field(Pii p, String kind, LineContext ctx) {
        return Rnd.pick(ctx.rnd(), ctx.set().fields(p.entity(), kind));
    }

    private static void keyValues(String style, List<Pii> items, LineContext ctx, TextBuilder out) {
        Random rnd = ctx.rnd();
        String sep = switch (style) {
            case "log" -> Rnd.pick(rnd, " ", " ", ", ");
            case "kv" -> Rnd.pick(rnd, ", ", "; ", " | ");
            default -> "\n";
        };
        String prefix = style.equals("props") ? Rnd.pick(rnd, "app.customer.", "crm.contact.", "sync.source.", "") : "";
        for (int i = 0; i < items.size(); i++) {
            Pii p = items.get(i);
            if (i > 0) {
                out.text(sep);
            }
            String v = value(p, rnd, ctx.lang());
            switch (style) {
                case "env" -> {
                    out.text(field(p, "field", ctx).toUpperCase(Locale.ROOT) + "=");
                    quoted(out, p.entity(), v.replace("\r", "").replace("\n", "\\n"), needsQuotes(v) ? (v.contains("'") ? "\"" : "'") : "");
                }
                case "yaml" -> {
                    out.text("  " + field(p, "field", ctx) + ":");
                    if (p.entity() == Entity.PRIVATE_KEY) {
                        out.text(" |\n    ");
                        out.pii(p.entity(), p.text().replace("\r", "").replace("\n", "\n    "));
                    } else {
                        out.text(" ");
                        quoted(out, p.entity(), v, v.contains(": ") || v.startsWith("*") || v.startsWith("%") || v.startsWith("@")
                            || v.startsWith("!") || v.startsWith("&") ? "\"" : "");
                    }
                }
                case "props" -> {
                    out.text(prefix + field(p, "field", ctx).replace('_', '-') + "=");
                    out.pii(p.entity(), v.replace("\r", "").replace("\n", "\\n"));
                }
                case "form" -> {
                    out.text(label(p, ctx) + ": ");
                    out.pii(p.entity(), v);
                }
                case "kv" -> {
                    out.text(field(p, Rnd.chance(rnd, 0.5) ? "sfield" : "field", ctx) + Rnd.pick(rnd, ": ", "=", " = "));
                    out.pii(p.entity(), v.replace("\r", "").replace("\n", "\\n"));
                }
                default -> {
                    out.text(field(p, Rnd.chance(rnd, 0.6) ? "field" : "sfield", ctx) + "=");
                    String flat = v.replace("\r", "").replace("\n", "\\n");
                    quoted(out, p.entity(), flat, flat.contains(" ") ? "\"" : Rnd.chance(rnd, 0.15) ? "'" : "");
                }
            }
        }
    }

    private static final java.util.regex.Pattern SHELL_SPECIAL = java.util.regex.Pattern.compile("[\\s$#!&*;'\"|<>()]");

    private static boolean needsQuotes(String v) {
        return SHELL_SPECIAL.matcher(v).find();
    }

    private static void quoted(TextBuilder out, Entity e, String v, String q) {
        out.text(q);
        out.pii(e, v);
        out.text(q);
    }

    static String label(Pii p, LineContext ctx) {
        String key = p.entity().name() + ".label." + ctx.lang().code();
        Sections m = ctx.set().mentionSections();
        return Rnd.pick(ctx.rnd(), m.has(key) ? m.get(key) : m.get(p.entity().name() + ".label"));
    }

    private static void json(List<Pii> items, LineContext ctx, TextBuilder out, boolean escaped) {
        String q = escaped ? "\\\"" : "\"";
        String kind = Rnd.chance(ctx.rnd(), 0.5) ? "field" : "sfield";
        for (Pii p : items) {
            String v = value(p, ctx.rnd(), ctx.lang());
            String once = Escapes.json(v);
            out.text("," + q + field(p, kind, ctx) + q + ":" + q);
            out.pii(p.entity(), escaped ? Escapes.json(once) : once);
            out.text(q);
        }
    }

    private static void xml(List<Pii> items, LineContext ctx, TextBuilder out) {
        String nl = Rnd.chance(ctx.rnd(), 0.5) ? "" : "\n  ";
        for (Pii p : items) {
            String tag = field(p, "sfield", ctx);
            out.text(nl + "<" + tag + ">");
            out.pii(p.entity(), Escapes.xml(value(p, ctx.rnd(), ctx.lang())));
            out.text("</" + tag + ">");
        }
    }

    private static void csv(List<Pii> items, LineContext ctx, TextBuilder out) {
        Random rnd = ctx.rnd();
        String sep = Rnd.pick(rnd, ",", ";", ";", "\t", "|");
        boolean labels = Rnd.chance(rnd, 0.5);
        boolean quoteAll = Rnd.chance(rnd, 0.25);
        StringBuilder header = new StringBuilder(labels ? "Id" : "Id");
        for (Pii p : items) {
            header.append(sep).append(labels ? label(p, ctx) : field(p, "sfield", ctx));
        }
        int trailing = rnd.nextInt(3);
        header.append(sep).append(new String[] {"CreatedDate", "Status", "Owner"}[trailing]);
        out.text(header + "\n");
        String q = quoteAll ? "\"" : "";
        out.text(q + LookAlikes.make("SFID18", rnd, ctx.lang()) + q);
        for (Pii p : items) {
            String v = value(p, rnd, ctx.lang()).replace("\n", ", ");
            boolean needs = quoteAll || v.contains(sep) || v.contains("\"");
            out.text(sep + (needs ? "\"" : ""));
            out.pii(p.entity(), needs ? v.replace("\"", "\"\"") : v);
            out.text(needs ? "\"" : "");
        }
        String last = switch (trailing) {
            case 0 -> LookAlikes.make("TS", rnd, ctx.lang());
            case 1 -> Rnd.pick(rnd, "Open", "Closed", "Active", "Pending");
            default -> Rnd.pick(rnd, "Integration User", "Data Migration", "API Sync");
        };
        out.text(sep + q + last + q);
    }
}
