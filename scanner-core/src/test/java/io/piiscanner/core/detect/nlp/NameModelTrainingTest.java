package io.piiscanner.core.detect.nlp;

import io.piiscanner.core.detect.nlp.train.NameModelTrainer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Training is deterministic: two small runs from the same data and seed give the same figures. */
class NameModelTrainingTest {

    @Test
    void trainingIsReproducible() throws Exception {
        String root = System.getenv().getOrDefault("SCANNER_REPO_ROOT", "..");
        Path dir = Path.of(root, "rules/src/main/resources/rules/nlp");
        assumeThat(Files.isDirectory(dir)).as("source tree of the rules module").isTrue();
        NameModelTrainer.Settings small = new NameModelTrainer.Settings(7L, 1500, 400, 15, 1);
        NameModelTrainer.Result a = NameModelTrainer.train(dir, small);
        NameModelTrainer.Result b = NameModelTrainer.train(dir, small);
        assertThat(a.info()).isEqualTo(b.info());
        assertThat(Double.parseDouble(a.info().get("eval.overlap.f1"))).isGreaterThan(0.5);
    }
}
