package io.piiscanner.core.detect;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.model.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the rules other than the private-key one read of a PEM frame: its header and footer lines, not its base64 body;
 * and what the private-key rule still reads: all of it.
 */
class PemBodiesTest {

    private static final String LINE = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw";
    private static final String LAST = "b0jQnTc25DL5icpy";
    private static final String BLANK_LINE = " ".repeat(LINE.length());

    @Test
    void textWithoutAFrameIsTheSameInstance() {
        String text = "order 4711, call +49 30 1234567 before 12:00";
        assertThat(PemBodies.blank(text)).isSameAs(text);
    }

    @Test
    void bodyLinesOfAKeyAreBlankedAndEveryOffsetStays() {
        String text = "tls_key: -----BEGIN RSA PRIVATE KEY-----\n" + LINE + "\n" + LINE + "\n" + LAST
                + "\n-----END RSA PRIVATE KEY-----\nmail ana.keller@example.de";
        String blanked = PemBodies.blank(text);
        assertThat(blanked).hasSameSizeAs(text).isEqualTo("tls_key: -----BEGIN RSA PRIVATE KEY-----\n" + BLANK_LINE + "\n"
                + BLANK_LINE + "\n" + LAST + "\n-----END RSA PRIVATE KEY-----\nmail ana.keller@example.de");
    }

    @Test
    void escapedLineBreaksOfJsonStayAndTheLetterAfterThemGoesWithTheLine() {
        String text = "{\"key\":\"-----BEGIN PRIVATE KEY-----\\n" + LINE + "\\n-----END PRIVATE KEY-----\\n\"}";
        assertThat(PemBodies.blank(text)).isEqualTo("{\"key\":\"-----BEGIN PRIVATE KEY-----\\" + " ".repeat(LINE.length() + 1)
                + "\\n-----END PRIVATE KEY-----\\n\"}");
    }

    @Test
    void certificatesAndPublicKeysAreBlankedToo() {
        String text = "-----BEGIN CERTIFICATE-----\n" + LINE + "\n-----END CERTIFICATE-----\n"
                + "-----BEGIN PUBLIC KEY-----\n" + LINE + "\n-----END PUBLIC KEY-----";
        assertThat(PemBodies.blank(text)).isEqualTo("-----BEGIN CERTIFICATE-----\n" + BLANK_LINE
                + "\n-----END CERTIFICATE-----\n-----BEGIN PUBLIC KEY-----\n" + BLANK_LINE + "\n-----END PUBLIC KEY-----");
    }

    @Test
    void aKeyCutShortIsBlankedToItsLastLongRunAndTheProseAfterItIsKept() {
        String prose = "\nCustomer IBAN DE89 3704 0044 0532 0130 00, call 030 1234567";
        String text = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + LINE + "\n" + LINE + prose;
        assertThat(PemBodies.blank(text))
                .isEqualTo("-----BEGIN OPENSSH PRIVATE KEY-----\n" + BLANK_LINE + "\n" + BLANK_LINE + prose);
    }

    @Test
    void shortWordsBetweenTheFrameLinesAreKept() {
        String text = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17A0\n\n" + LINE
                + "\n-----END RSA PRIVATE KEY-----";
        assertThat(PemBodies.blank(text)).isEqualTo(text.replace(LINE, BLANK_LINE));
    }

    @Test
    void aCertificateWithoutItsEndLineAndMalformedHeadersAreLeftAsTheyAre() {
        for (String text : List.of("-----BEGIN CERTIFICATE-----\n" + LINE + "\n" + LINE,
                "-----BEGIN -----\n" + LINE + "\n-----END -----",
                "-----BEGIN private key-----\n" + LINE + "\n-----END private key-----",
                "see -----BEGIN and " + LINE)) {
            assertThat(PemBodies.blank(text)).as(text).isSameAs(text);
        }
    }

    @Test
    void thePrivateKeyRuleStillReadsTheBodyAndTheOtherRulesTheLinesAround() {
        Scanner scanner = Scanner.builder().fingerprintKey("pem-bodies-test-key-0123456789ab".getBytes()).build();
        String other = LINE.replace('M', 'N');
        String one = "-----BEGIN PRIVATE KEY-----\n" + LINE + "\n-----END PRIVATE KEY-----\nmail ana.keller@example.de";
        String two = "-----BEGIN PRIVATE KEY-----\n" + other + "\n-----END PRIVATE KEY-----\nmail ana.keller@example.de";
        List<Finding> first = scanner.scan(one);
        List<Finding> second = scanner.scan(two);
        assertThat(first).extracting(Finding::entity).containsExactly("PRIVATE_KEY", "EMAIL");
        assertThat(first.get(0).end()).isEqualTo(one.indexOf("\nmail"));
        // the key's fingerprint is of its body as written, not of the blanked text
        assertThat(first.get(0).fingerprint()).isNotEqualTo(second.get(0).fingerprint());
        assertThat(first.get(1).fingerprint()).isEqualTo(second.get(1).fingerprint());
    }
}
