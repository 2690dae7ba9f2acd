package io.piiscanner.batch.cli;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.ScannerBuilder;

/** Builds the scanner that detect and evaluate use, from their shared options. */
final class ScannerFactory {

    private ScannerFactory() {
    }

    static Scanner build(CliOptions o) {
        ScannerBuilder b = Scanner.builder()
                .minConfidence(o.doubleValue("--min-confidence", ScannerBuilder.DEFAULT_MIN_CONFIDENCE));
        String region = o.value("--region", null);
        if (region != null) {
            b.defaultRegion(region);
        }
        o.ruleFolders().forEach(b::ruleFolder);
        b.nlp(o.flag("--nlp"));
        return b.build();
    }
}
