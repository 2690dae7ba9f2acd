package io.piiscanner.core.detect;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.detect.nlp.NlpEvaluation;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine keeps per-thread buffers from one text to the next (windows, digit runs, tokens, keyword hits). A text's
 * findings must not depend on what was scanned before it on the thread, nor on other threads scanning at the same
 * time: the corpora's texts, and records built from them, scanned in order, in reverse order and from four threads
 * at once give every text the same findings, to the last field.
 */
class ScanBuffersTest {

    @Test
    void findingsDoNotDependOnWhatWasScannedBefore() throws Exception {
        List<String> texts = new ArrayList<>();
        Path corpora = Path.of(System.getenv().getOrDefault("SCANNER_REPO_ROOT", ".."), "testdata/src/main/resources/corpus");
        for (String corpus : List.of("dev", "heldout", "negatives")) {
            NlpEvaluation.read(corpora.resolve(corpus + ".jsonl")).forEach(d -> texts.add(d.text()));
        }
        Scanner scanner = Scanner.builder().fingerprintKey(new byte[32]).build();
        List<String> inOrder = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            inOrder.add(scan(scanner, texts, i));
        }
        List<String> reversed = new ArrayList<>(Collections.nCopies(texts.size(), (String) null));
        for (int i = texts.size() - 1; i >= 0; i--) {
            reversed.set(i, scan(scanner, texts, i));
        }
        assertThat(reversed).isEqualTo(inOrder);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> parts = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                parts.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>(Collections.nCopies(texts.size(), (String) null));
                    for (int k = 0; k < texts.size(); k++) {
                        int i = (k * 7 + offset * 1_001) % texts.size();
                        out.set(i, scan(scanner, texts, i));
                    }
                    return out;
                }));
            }
            for (Future<List<String>> part : parts) {
                assertThat(part.get()).isEqualTo(inOrder);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(String.join("", inOrder)).as("findings compared").contains("EMAIL", "PHONE", "CREDIT_CARD", "IBAN");
    }

    /** A text scanned as free text, then its words as the fields of a record (a field scan between text scans). */
    private static String scan(Scanner scanner, List<String> texts, int i) {
        StringBuilder out = new StringBuilder();
        for (Finding f : scanner.scan(texts.get(i))) {
            out.append(describe(f));
        }
        ScanRecord.Builder record = ScanRecord.builder().source("t").container("c").recordId(Integer.toString(i));
        String[] words = texts.get(i).split(" ", 6);
        for (int w = 0; w < words.length; w++) {
            record.field(w == 0 ? "email" : w == 1 ? "phone" : "note_" + w, words[w],
                    new FieldMetadata(w == 2 ? "int8" : "varchar", null, null, Map.of()));
        }
        for (Finding f : scanner.scan(record.build())) {
            out.append(describe(f));
        }
        return out.toString();
    }

    private static String describe(Finding f) {
        return f.entity() + "|" + f.field() + "|" + f.start() + "|" + f.end() + "|" + f.confidence() + "|" + f.detectorId()
                + "|" + f.maskedPreview() + "|" + f.fingerprint() + "|" + f.testData() + "|" + f.explanation() + "\n";
    }
}
