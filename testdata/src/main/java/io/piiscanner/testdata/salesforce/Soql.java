package io.piiscanner.testdata.salesforce;

import io.piiscanner.testdata.salesforce.EmulatedOrg.SObjectTable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SOQL subset the emulator answers: {@code SELECT f1, f2 | COUNT() FROM Obj [WHERE c AND c ...]
 * [ORDER BY field [ASC|DESC]] [LIMIT n]}, each condition {@code field op literal} with op one of
 * {@code = != < <= > >=} and the literal a quoted string, true/false, null, a number or a date-time
 * ({@code 2025-01-06T08:00:00Z}). Ids compare on their 15 case-sensitive characters, date-times as instants.
 */
final class Soql {

    /** A query the parser could not read, with Salesforce's fault code for it. */
    static final class SoqlException extends Exception {
        final String code;

        SoqlException(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    record Condition(String field, String op, String literal, boolean quoted) {
    }

    record Query(String text, List<String> fields, boolean count, String object, List<Condition> where, boolean desc,
                 Integer limit, String orderBy) {
    }

    private Soql() {
    }

    static Query parse(String soql) throws SoqlException {
        List<String> t = tokens(soql);
        int i = 0;
        if (t.isEmpty() || !t.get(i++).equalsIgnoreCase("SELECT")) {
            throw malformed(soql, "expecting SELECT");
        }
        List<String> fields = new ArrayList<>();
        boolean count = false;
        while (i < t.size() && !t.get(i).equalsIgnoreCase("FROM")) {
            String f = t.get(i++);
            if (f.equals(",")) {
                continue;
            }
            if (f.equalsIgnoreCase("COUNT") && i + 1 < t.size() && t.get(i).equals("(") && t.get(i + 1).equals(")")) {
                count = true;
                i += 2;
                continue;
            }
            fields.add(f);
        }
        if (i >= t.size() || (fields.isEmpty() && !count)) {
            throw malformed(soql, "expecting a field list and FROM");
        }
        i++;
        if (i >= t.size()) {
            throw malformed(soql, "expecting an object after FROM");
        }
        String object = t.get(i++);
        List<Condition> where = new ArrayList<>();
        boolean desc = false;
        Integer limit = null;
        String orderBy = "Id";
        while (i < t.size()) {
            String kw = t.get(i++).toUpperCase(Locale.ROOT);
            switch (kw) {
                case "WHERE", "AND" -> {
                    if (i + 3 > t.size()) {
                        throw malformed(soql, "incomplete condition");
                    }
                    String field = t.get(i++);
                    String op = t.get(i++);
                    String lit = t.get(i++);
                    boolean quoted = lit.startsWith("'");
                    where.add(new Condition(field, op, quoted ? unquote(lit) : lit, quoted));
                }
                case "ORDER" -> {
                    if (!t.get(i++).equalsIgnoreCase("BY") || i >= t.size()) {
                        throw malformed(soql, "expecting BY and a field");
                    }
                    orderBy = t.get(i++);
                    if (i < t.size() && (t.get(i).equalsIgnoreCase("ASC") || t.get(i).equalsIgnoreCase("DESC"))) {
                        desc = t.get(i++).equalsIgnoreCase("DESC");
                    }
                }
                case "LIMIT" -> {
                    try {
                        limit = Integer.parseInt(t.get(i++));
                    } catch (NumberFormatException e) {
                        throw malformed(soql, "LIMIT needs a number");
                    }
                }
                default -> throw malformed(soql, "unexpected token: " + kw);
            }
        }
        return new Query(soql, fields, count, object, where, desc, limit, orderBy);
    }

    private static SoqlException malformed(String soql, String why) {
        return new SoqlException("MALFORMED_QUERY", "\n" + soql + "\n^\nERROR at Row:1:Column:1\n" + why);
    }

    private static String unquote(String s) {
        return s.substring(1, s.length() - 1).replace("\\'", "'").replace("\\\\", "\\");
    }

    private static List<String> tokens(String s) throws SoqlException {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != '\'') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                if (j >= s.length()) {
                    throw new SoqlException("MALFORMED_QUERY", "unterminated string literal");
                }
                out.add(s.substring(i, j + 1));
                i = j + 1;
            } else if (c == ',' || c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '<' || c == '>' || c == '!' || c == '=') {
                int j = i + 1;
                if (j < s.length() && s.charAt(j) == '=') {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && ",()<>=!'".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    /** Checks the query's fields against the object; the Salesforce fault for the first unknown one. */
    static void validate(Query q, SObjectTable table) throws SoqlException {
        for (String f : q.fields()) {
            if (table.def().index(f) < 0) {
                throw new SoqlException("INVALID_FIELD", "\n" + q.text() + "\n^\nERROR at Row:1:Column:8\nNo such column '"
                        + f + "' on entity '" + table.def().name() + "'. If you are attempting to use a custom field,"
                        + " be sure to append the '__c' after the custom field name.");
            }
        }
        if (table.def().index(q.orderBy()) < 0) {
            throw new SoqlException("INVALID_FIELD", "No such column '" + q.orderBy() + "' on entity '"
                    + table.def().name() + "'.");
        }
        for (Condition c : q.where()) {
            if (table.def().index(c.field()) < 0) {
                throw new SoqlException("INVALID_FIELD", "No such column '" + c.field() + "' on entity '"
                        + table.def().name() + "'.");
            }
        }
    }

    /** Row positions matching the query in result order (deleted rows only with {@code all}). */
    static int[] run(Query q, SObjectTable table, boolean all) {
        List<String[]> rows = table.rows();
        int[] idx = new int[rows.size()];
        int n = 0;
        int[] condIdx = q.where().stream().mapToInt(c -> table.def().index(c.field())).toArray();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (!all && table.deleted(row)) {
                continue;
            }
            boolean ok = true;
            for (int c = 0; c < condIdx.length && ok; c++) {
                ok = matches(q.where().get(c), row[condIdx[c]]);
            }
            if (ok) {
                idx[n++] = r;
            }
        }
        if (!q.orderBy().equalsIgnoreCase("Id")) {
            int col = table.def().index(q.orderBy());
            Integer[] boxed = new Integer[n];
            for (int k = 0; k < n; k++) {
                boxed[k] = idx[k];
            }
            java.util.Arrays.sort(boxed, java.util.Comparator.comparing((Integer r) -> rows.get(r)[col],
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            for (int k = 0; k < n; k++) {
                idx[k] = boxed[k];
            }
        }
        if (q.desc()) {
            for (int a = 0, b = n - 1; a < b; a++, b--) {
                int tmp = idx[a];
                idx[a] = idx[b];
                idx[b] = tmp;
            }
        }
        if (q.limit() != null && q.limit() < n) {
            n = q.limit();
        }
        return java.util.Arrays.copyOf(idx, n);
    }

    static boolean matches(Condition c, String value) {
        if (!c.quoted() && c.literal().equalsIgnoreCase("null")) {
            boolean isNull = value == null || value.isEmpty();
            return c.op().equals("=") == isNull;
        }
        if (value == null) {
            return c.op().equals("!=");
        }
        int cmp;
        if (c.field().equalsIgnoreCase("Id") || c.field().endsWith("Id") && c.quoted() && value.length() == 18) {
            cmp = id15(value).compareTo(id15(c.literal()));
        } else if (!c.quoted() && looksLikeDateTime(c.literal())) {
            cmp = instant(value).compareTo(instant(c.literal()));
        } else if (!c.quoted() && (c.literal().equalsIgnoreCase("true") || c.literal().equalsIgnoreCase("false"))) {
            cmp = value.equalsIgnoreCase(c.literal()) ? 0 : 1;
        } else if (!c.quoted()) {
            cmp = Double.compare(Double.parseDouble(value), Double.parseDouble(c.literal()));
        } else {
            cmp = value.compareTo(c.literal());
        }
        return switch (c.op()) {
            case "=" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case ">=" -> cmp >= 0;
            default -> false;
        };
    }

    static String id15(String id) {
        return id.length() >= 15 ? id.substring(0, 15) : id;
    }

    private static boolean looksLikeDateTime(String s) {
        return s.length() >= 20 && s.charAt(4) == '-' && s.charAt(10) == 'T';
    }

    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return Instant.parse(s.replace("+0000", "Z"));
        }
    }
}
