package io.piiscanner.core;

import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;
import io.piiscanner.core.rules.RuleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Planted values must not leave the scanner: not in a finding's string form, explanation or preview,
 * not on stdout/stderr or java.util.logging while scanning, and not in exception messages.
 */
class CanaryTest {

    private static final List<String> CANARIES = List.of(
            "536-22-1234", "536221234", "4539148803436467", "4539 1488 0343 6467", "canary.leak@protonmail.com",
            "DE89370400440532013000", "Tr0ub4dor&3", "AKIAZ7XQ2CANARY4LEAK", "+442079460958", "2079460958");

    private static final String TEXT = "SSN 536-22-1234; ssn=536221234; card 4539148803436467 / 4539 1488 0343 6467 exp 09/27;"
            + " mail canary.leak@protonmail.com; IBAN DE89370400440532013000; password=Tr0ub4dor&3;"
            + " aws_access_key_id=AKIAZ7XQ2CANARY4LEAK; tel +44 20 7946 0958";

    @Test
    void plantedValuesAppearInNoFindingAndNoOutput() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        StringBuilder logs = new StringBuilder();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord r) { logs.append(r.getMessage()).append('\n'); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger.getLogger("").addHandler(handler);
        List<Finding> findings;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            Scanner scanner = Scanner.builder().build();
            findings = scanner.scan(TEXT);
            findings = new java.util.ArrayList<>(findings);
            findings.addAll(scanner.scan(ScanRecord.builder().field("notes", TEXT).field("ssn", "536221234").build()));
        } finally {
            System.setOut(out);
            System.setErr(err);
            Logger.getLogger("").removeHandler(handler);
        }
        assertThat(findings).extracting(Finding::entity).contains("US_SSN", "CREDIT_CARD", "EMAIL", "IBAN", "PASSWORD",
                "AWS_ACCESS_KEY", "PHONE");
        StringBuilder everything = new StringBuilder(captured.toString(StandardCharsets.UTF_8)).append(logs);
        for (Finding f : findings) {
            everything.append(f).append(f.maskedPreview()).append(f.explanation()).append(f.detectorId());
        }
        for (String canary : CANARIES) {
            assertThat(everything.toString()).as("canary must not leak").doesNotContain(canary);
        }
    }

    @Test
    void exceptionsAboutBadInputNameNoValue(@TempDir Path dir) throws IOException {
        // A rule file that quotes a value in a broken regex: the error names file and line, and the
        // message is about the rule, so it may show the rule's own text but never scanned data.
        Files.writeString(dir.resolve("bad.yaml"), "entity: X_Y\nid: x\nsources: [s]\npatterns:\n  - {name: a, regex: '(', score: 0.5}\n");
        assertThatThrownBy(() -> Scanner.builder().ruleFolder(dir).build())
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("bad.yaml:5");
    }
}
