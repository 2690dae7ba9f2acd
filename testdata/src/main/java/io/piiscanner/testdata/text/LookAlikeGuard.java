package io.piiscanner.testdata.text;

import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.check.Luhn;
import io.piiscanner.testdata.check.NationalCheckDigits;
import io.piiscanner.testdata.check.Validators;
import io.piiscanner.testdata.check.Verhoeff;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejects a benign token (order number, tracking number, ...) that would happen to validate as
 * a real identifier: a look-alike must never be a valid card, IBAN, routing number, SIN, BSN,
 * TFN, NHS number, Steuer-ID, PESEL, CPF, Aadhaar, NIR, or a formatted SSN/ITIN.
 */
public final class LookAlikeGuard {
    private LookAlikeGuard() {
    }

    public static boolean isSafe(String token) {
        String t = token.trim();
        if (t.matches("\\d{3}[- ]\\d{2}[- ]\\d{4}")) {
            String d = Digits.strip(t);
            if (Validators.isSsn(d) || Validators.isItin(d)) {
                return false;
            }
        }
        String d = Digits.strip(t).toUpperCase(Locale.ROOT);
        if (d.length() >= 15 && Character.isLetter(d.charAt(0)) && Character.isLetter(d.charAt(1))
            && Validators.isIban(d)) {
            return false;
        }
        if (Digits.allDigits(d)) {
            return numericSafe(d);
        }
        Matcher m = DIGIT_RUN.matcher(t);
        while (m.find()) {
            if (!groupsSafe(m.group().split("[ -]"))) {
                return false;
            }
        }
        return true;
    }

    /** Every run of consecutive groups ("02 9970 6672" inside "1Z 89B WA8 02 9970 6672") must be safe too. */
    private static boolean groupsSafe(String[] groups) {
        for (int i = 0; i < groups.length; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = i; j < groups.length; j++) {
                b.append(groups[j]);
                if (!numericSafe(b.toString())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ -]?\\d)*");

    static boolean numericSafe(String d) {
        return switch (d.length()) {
            case 9 -> !Validators.isAba(d) && !NationalCheckDigits.abaValid(d) && !Luhn.isValid(d)
                && !NationalCheckDigits.bsnValid(d) && !NationalCheckDigits.tfnValid(d);
            case 10 -> NationalCheckDigits.nhsCheckDigit(d.substring(0, 9)) != Digits.at(d, 9);
            case 11 -> !Validators.isDeTaxId(d) && !Validators.isPesel(d) && !Validators.isCpf(d);
            case 12 -> !Verhoeff.isValid(d) && !Validators.isCard(d);
            case 15 -> !Validators.isNir(d) && !Luhn.isValid(d);
            default -> d.length() < 13 || d.length() > 19 || !Luhn.isValid(d);
        };
    }
}
