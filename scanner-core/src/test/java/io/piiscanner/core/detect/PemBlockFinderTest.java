package io.piiscanner.core.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PEM frame reader: a whole private key, a key cut short, and the frames that are not private keys. */
class PemBlockFinderTest {

    private static final String BODY = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw";

    private record Span(String pattern, int start, int end) {
    }

    private static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        new PemBlockFinder().find(null, text, 0, text.length(), null, (name, s, e, score, n) -> out.add(new Span(name, s, e)));
        return out;
    }

    @Test
    void wholeKeyIsOneBlockFromBeginToEndLine() {
        String key = "-----BEGIN RSA PRIVATE KEY-----\n" + BODY + "\n" + BODY + "\n-----END RSA PRIVATE KEY-----";
        String text = "config dump: " + key + " (rotated)";
        assertThat(find(text)).contains(new Span(PemBlockFinder.BLOCK, 13, 13 + key.length()));
    }

    @Test
    void escapedLineBreaksOfJsonAreBody() {
        String key = "-----BEGIN PRIVATE KEY-----\\n" + BODY + "\\n-----END PRIVATE KEY-----";
        String text = "{\"key\":\"" + key + "\\n\"}";
        assertThat(find(text)).contains(new Span(PemBlockFinder.BLOCK, 8, 8 + key.length()));
    }

    @Test
    void keyCutShortEndsAtItsLastLongBase64Run() {
        String text = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + BODY + "\n" + BODY + "\nabc";
        int lastRunEnd = text.length() - "\nabc".length();
        assertThat(find(text)).containsExactly(new Span(PemBlockFinder.TRUNCATED, 0, lastRunEnd));
    }

    @Test
    void encryptedKeyHeaderLinesArePartOfTheBody() {
        String text = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17\n\n" + BODY;
        assertThat(find(text)).containsExactly(new Span(PemBlockFinder.TRUNCATED, 0, text.length()));
    }

    @Test
    void endLineOfAnotherLabelIsSkippedForTheFirstPrivateKeyEnd() {
        String text = "-----BEGIN EC PRIVATE KEY-----\n" + BODY + "\n-----END CERTIFICATE-----\n-----END EC PRIVATE KEY-----";
        assertThat(find(text)).contains(new Span(PemBlockFinder.BLOCK, 0, text.length()));
    }

    @Test
    void publicKeysCertificatesAndBareHeadersAreNotPrivateKeys() {
        assertThat(find("-----BEGIN PUBLIC KEY-----\n" + BODY + "\n-----END PUBLIC KEY-----")).isEmpty();
        assertThat(find("-----BEGIN CERTIFICATE-----\n" + BODY + "\n-----END CERTIFICATE-----")).isEmpty();
        assertThat(find("docs: a key starts with -----BEGIN PRIVATE KEY----- and ends with -----END")).isEmpty();
        assertThat(find("-----begin private key-----\n" + BODY)).isEmpty();
        assertThat(find("-----BEGIN PRIVATE KEY-----\nshort\n")).isEmpty();
    }

    @Test
    void twoKeysInOneTextAreTwoBlocks() {
        String key = "-----BEGIN PRIVATE KEY-----\n" + BODY + "\n-----END PRIVATE KEY-----";
        List<Span> spans = find(key + "\n" + key);
        assertThat(spans).filteredOn(s -> s.pattern().equals(PemBlockFinder.BLOCK)).containsExactly(
                new Span(PemBlockFinder.BLOCK, 0, key.length()),
                new Span(PemBlockFinder.BLOCK, key.length() + 1, 2 * key.length() + 1));
    }
}
