package io.piiscanner.batch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy never drops silently: `evaluate --json` on the checked-in corpora (testdata), with the core entities,
 * against the floors in accuracy-floors.tsv. A change that lowers an entity's F1 or adds a false-positive document
 * fails here until the floor is lowered on purpose.
 */
class AccuracyFloorTest {

    /** Every entity scanner-core finds without NLP (docs/accuracy.md, $CORE_ENTITIES). */
    private static final String CORE_ENTITIES = "ABA_ROUTING,AU_TFN,AWS_ACCESS_KEY,BR_CPF,CA_SIN,CREDIT_CARD,"
            + "CRYPTO_WALLET,DATE_OF_BIRTH,DE_TAX_ID,EMAIL,ES_NIF,FR_NIR,IBAN,IN_AADHAAR,IN_PAN,IP_ADDRESS,"
            + "IT_FISCAL_CODE,NL_BSN,PASSWORD,PHONE,PL_PESEL,PRIVATE_KEY,SALESFORCE_SESSION_ID,SG_NRIC,UK_NHS,UK_NINO,"
            + "US_BANK_ACCOUNT,US_DRIVER_LICENSE,US_ITIN,US_PASSPORT,US_SSN";

    private record Floor(String corpus, String measure, String entity, double bound) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "heldout", "negatives", "probe", "probe-negatives", "probe3", "probe3-negatives",
            "probe4", "probe4-negatives", "probe5", "probe5-negatives", "probe6", "probe6-negatives", "probe7",
            "probe7-negatives"})
    void noEntityFallsBelowItsFloor(String corpus, @TempDir Path dir) throws IOException {
        JsonNode report = evaluate(corpus, dir);
        List<Floor> floors = floors(corpus);
        assertThat(floors).as("floors of " + corpus).isNotEmpty();
        List<String> broken = new ArrayList<>();
        for (Floor f : floors) {
            switch (f.measure()) {
                case "min_f1" -> {
                    JsonNode score = f.entity().equals("micro")
                            ? report.get("micro") : report.get("entities").get(f.entity());
                    double f1 = score == null ? 0 : score.get("f1").asDouble();
                    if (f1 < f.bound()) {
                        broken.add(f.entity() + " F1 " + f1 + " < floor " + f.bound());
                    }
                }
                case "max_documents_with_false_positive" -> {
                    long documents = report.get("documents_with_false_positive").asLong();
                    if (documents > f.bound()) {
                        broken.add("documents with a false positive " + documents + " > " + (long) f.bound());
                    }
                }
                default -> throw new IllegalStateException("unknown measure in accuracy-floors.tsv: " + f.measure());
            }
        }
        assertThat(broken).as(corpus + ": below the floors of accuracy-floors.tsv").isEmpty();
    }

    private static JsonNode evaluate(String corpus, Path dir) throws IOException {
        Path input = dir.resolve(corpus + ".jsonl");
        try (InputStream in = Objects.requireNonNull(AccuracyFloorTest.class.getClassLoader()
                .getResourceAsStream("corpus/" + corpus + ".jsonl"), "testdata corpus on the classpath")) {
            Files.copy(in, input);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ScannerCli.run(new String[] {"evaluate", "--input", input.toString(), "--entities", CORE_ENTITIES,
                        "--json"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static List<Floor> floors(String corpus) throws IOException {
        List<Floor> out = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                AccuracyFloorTest.class.getClassLoader().getResourceAsStream("accuracy-floors.tsv"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals(corpus)) {
                    out.add(new Floor(f[0], f[1], f[2], Double.parseDouble(f[3])));
                }
            }
        }
        return out;
    }
}
