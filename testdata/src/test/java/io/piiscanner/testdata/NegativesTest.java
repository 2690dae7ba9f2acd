package io.piiscanner.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.check.IpParser;
import io.piiscanner.testdata.check.Validators;
import io.piiscanner.testdata.corpus.CorpusKind;
import io.piiscanner.testdata.corpus.GeneratedLine;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hard negatives hold no spans, and an independent scan finds no valid identifier in them:
 * no Luhn+IIN card, no mod-97 IBAN, no valid formatted SSN/ITIN, no national id in any common
 * grouping, no e-mail, IP address, AWS key, session id, PEM block or unmasked password value.
 */
class NegativesTest {
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\w.])\\d(?:[ -]?\\d){7,22}(?![\\w])");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2})?");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b");
    private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\d.])");
    private static final Pattern SECRET = Pattern.compile("AKIA|ASIA[A-Z2-7]{16}|00D\\w{12}!|-----BEGIN");
    private static final Pattern PASSWORD = Pattern.compile(
        "(?i)(?:password|passwort|pwd|mot de passe|contraseña|kennwort)\"?\\s*[:=]\\s*\"?([^\\s\",}]+)");

    @Test
    void negativesAreCleanLookAlikes() {
        IntFunction<GeneratedLine> source = CorpusKind.NEGATIVES.source(2);
        for (int i = 0; i < 4000; i++) {
            LabeledLine line = source.apply(i).line();
            String text = line.text();
            String id = line.id() + ": " + text;
            assertThat(line.spans()).as(id).isEmpty();
            Matcher m = DIGIT_RUN.matcher(TIMESTAMP.matcher(text).replaceAll(" "));
            while (m.find()) {
                String d = Digits.strip(m.group());
                assertThat(Validators.isCard(d)).as("card %s in %s", d, id).isFalse();
                if (d.length() == 9) {
                    assertThat(Validators.isAba(d) || Validators.isValid(Entity.CA_SIN, d)
                        || Validators.isValid(Entity.NL_BSN, d) || Validators.isValid(Entity.AU_TFN, d)).as(id).isFalse();
                }
                if (d.length() == 10) {
                    assertThat(Validators.isValid(Entity.UK_NHS, d)).as(id).isFalse();
                }
                if (d.length() == 11) {
                    assertThat(Validators.isDeTaxId(d) || Validators.isPesel(d) || Validators.isCpf(d)).as(id).isFalse();
                }
                if (d.length() == 12) {
                    assertThat(Validators.isAadhaar(d)).as(id).isFalse();
                }
            }
            m = IBAN.matcher(text);
            while (m.find()) {
                assertThat(Validators.isIban(Digits.strip(m.group()).toUpperCase(Locale.ROOT))).as(id).isFalse();
            }
            m = SSN.matcher(text);
            while (m.find()) {
                String d = Digits.strip(m.group());
                assertThat(Validators.isSsn(d) || Validators.isItin(d)).as(id).isFalse();
            }
            m = IPV4.matcher(text);
            while (m.find()) {
                assertThat(IpParser.isIpv4(m.group())).as(id).isFalse();
            }
            assertThat(EMAIL.matcher(text).find()).as(id).isFalse();
            assertThat(SECRET.matcher(text).find()).as(id).isFalse();
            m = PASSWORD.matcher(text);
            while (m.find()) {
                assertThat(m.group(1)).as(id).matches("\\*+|\\[REDACTED]|<redacted>|x+|\\(hidden\\)|\\[FILTERED]|<hidden>");
            }
        }
    }
}
