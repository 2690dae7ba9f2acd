package io.piiscanner.batch.source.file;

import io.piiscanner.batch.source.ReadWarnings;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a byte stream into text with a detected encoding: a byte-order mark wins; otherwise the first 64 KB
 * are tried as strict UTF-8, and a file that is not valid UTF-8 is decoded as windows-1252 (every byte
 * maps to a character, so nothing crashes) with a note in coverage. Any invalid sequence later in the file
 * is replaced with U+FFFD rather than failing the read.
 */
public final class TextDecoding {

    static final int SAMPLE = 1 << 16;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    public static Reader open(InputStream raw, ReadWarnings warnings) throws IOException {
        BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, SAMPLE);
        in.mark(SAMPLE + 4);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        int n = sample.length;
        Charset cs;
        int skip = 0;
        if (n >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (n >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (n >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (FileFormats.looksBinary(sample, n)) {
            throw new BinaryContentException("binary content (no text encoding fits)");
        } else if (validUtf8(sample, n, n == SAMPLE)) {
            cs = StandardCharsets.UTF_8;
        } else {
            cs = WINDOWS_1252;
            warnings.note("encoding", "not valid UTF-8; decoded as windows-1252");
        }
        in.skipNBytes(skip);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(in, dec);
    }

    /** Strict UTF-8 check; when the sample was cut, up to 3 trailing bytes of a split character are forgiven. */
    static boolean validUtf8(byte[] b, int n, boolean cut) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = n;
        if (cut) {
            // back off to the start of the last (possibly incomplete) character
            int i = n - 1;
            while (i > 0 && n - i < 4 && (b[i] & 0xC0) == 0x80) {
                i--;
            }
            end = i;
        }
        try {
            d.decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
