package io.piiscanner.core.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reference breach-notification CSV (test resource, a copy of ../shared/reference), one row per jurisdiction. */
final class ReferenceRows {

    /** One row; {@code tokens} keep their {@code STANDALONE:} prefix. */
    record Row(String code, String name, List<String> tokens, boolean requiresName, String individualDeadline,
               String regulatorNotice, String safeHarbor, List<String> sources) {

        boolean standalone(String token) {
            return tokens.contains("STANDALONE:" + token);
        }

        boolean idTheftClause() {
            return tokens.stream().anyMatch(t -> t.endsWith("ANY_LISTED_ELEMENT_IF_ID_THEFT_POSSIBLE"));
        }

        /** Element tokens without prefixes, clauses left out. */
        List<String> elements() {
            return tokens.stream().map(t -> t.replace("STANDALONE:", ""))
                    .filter(t -> !t.equals("ANY_LISTED_ELEMENT_IF_ID_THEFT_POSSIBLE") && !t.equals("DISSOCIATED_DATA_IF_LINKABLE")
                            && !t.equals("NAME_OR_PHONE_OR_ADDRESS_OR_OTHER_IDENTIFIER"))
                    .toList();
        }

        @Override
        public String toString() {
            return code;
        }
    }

    static final Map<String, Row> ROWS = load();

    private ReferenceRows() {
    }

    static List<Row> all() {
        return List.copyOf(ROWS.values());
    }

    private static Map<String, Row> load() {
        try (InputStream in = ReferenceRows.class.getResourceAsStream("/reference/breach-notification.csv")) {
            List<List<String>> rows = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> header = rows.get(0);
            Map<String, Row> out = new LinkedHashMap<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                if (r.size() < header.size()) {
                    continue;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), r.get(i).trim());
                }
                out.put(m.get("jurisdiction_code"), new Row(m.get("jurisdiction_code"), m.get("name"),
                        Arrays.stream(m.get("personal_info_definition").split(";")).map(String::trim).filter(t -> !t.isEmpty()).toList(),
                        m.get("requires_name_combination").equals("yes"), m.get("individual_deadline"), m.get("regulator_notice"),
                        m.get("encryption_safe_harbor"),
                        Arrays.stream(m.get("source_url").split("\\|")).map(String::trim).toList()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
