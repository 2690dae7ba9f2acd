package io.piiscanner.core.detect.nlp;

import java.util.Set;

/** The detector names of the NLP pass ({@code ScannerBuilder.nlp(false)} leaves their rules out). */
public final class NlpDetectors {

    public static final Set<String> NAMES = Set.of(PersonNameFinder.NAME, PostalAddressFinder.NAME);

    private NlpDetectors() {
    }
}
