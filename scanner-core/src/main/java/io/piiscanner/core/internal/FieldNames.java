package io.piiscanner.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Splits field names and labels into lower-case words, so that hints written once match every naming
 * style: {@code DateOfBirth}, {@code date_of_birth}, {@code DATE-OF-BIRTH}, {@code Date_of_Birth__c},
 * {@code contact.dob} and the label "Date of birth" all give the words they are made of.
 */
public final class FieldNames {

    private FieldNames() {
    }

    public static List<String> words(String name) {
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        String s = name;
        if (s.endsWith("__c") || s.endsWith("__r")) {
            s = s.substring(0, s.length() - 3);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(cur, out);
                continue;
            }
            if (cur.length() > 0) {
                char prev = s.charAt(i - 1);
                boolean lowerToUpper = Character.isUpperCase(c) && Character.isLowerCase(prev);
                // "SSNNumber" -> SSN, Number: an upper followed by a lower ends an acronym.
                boolean acronymEnd = Character.isUpperCase(c) && Character.isUpperCase(prev)
                        && i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
                boolean letterDigit = Character.isDigit(c) != Character.isDigit(prev);
                if (lowerToUpper || acronymEnd || letterDigit) {
                    flush(cur, out);
                }
            }
            cur.append(c);
        }
        flush(cur, out);
        return Collections.unmodifiableList(out);
    }

    /** True when {@code phrase} (already split into words) occurs as consecutive words of {@code words}. */
    public static boolean containsPhrase(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        // Also match a phrase written as one word in the field: hint "date of birth" vs column "dateofbirth".
        if (phrase.size() > 1) {
            for (String w : words) {
                if (isConcatenation(w, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word} is the phrase's words written together, without building the joined string. */
    private static boolean isConcatenation(String word, List<String> phrase) {
        int pos = 0;
        for (String part : phrase) {
            if (!word.startsWith(part, pos)) {
                return false;
            }
            pos += part.length();
        }
        return pos == word.length();
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString().toLowerCase(Locale.ROOT));
            cur.setLength(0);
        }
    }
}
