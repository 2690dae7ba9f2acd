package io.piiscanner.batch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens an input file ("-" for standard input; a name ending in {@code .gz} is gunzipped while read) as UTF-8,
 * replacing invalid bytes instead of failing.
 */
final class Inputs {

    private Inputs() {
    }

    static BufferedReader open(String name) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(openBytes(name), decoder), 1 << 16);
    }

    /** The raw (gunzipped for {@code .gz}) bytes of an input file ("-" for standard input); decoding is the caller's. */
    static InputStream openBytes(String name) throws IOException {
        if (name.equals("-")) {
            return System.in;
        }
        Path p = Path.of(name);
        if (!Files.isRegularFile(p)) {
            throw new NoSuchFileException(name, null, "no such file");
        }
        InputStream in = Files.newInputStream(p);
        if (name.endsWith(".gz")) {
            try {
                return new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw e;
            }
        }
        return in;
    }
}
