package io.piiscanner.core.rules;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.detect.SpanFinders;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.validate.Validators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A malformed rule fails at load time with file, line and reason; a well-formed user rule just works. */
class RuleLoaderTest {

    private final RuleLoader loader = new RuleLoader(Validators::byName, SpanFinders.names());

    private static final String LOYALTY = """
            entity: LOYALTY_CARD
            id: loyalty-card
            sources: ["internal: loyalty programme spec v3"]
            patterns:
              - name: card
                regex: '\\bLC\\d{11}\\b'
                score: 0.6
            prefilter:
              keywords: [lc]
            validator: luhn
            examples:
              match: ["loyalty LC79927398713"]
              no_match: ["loyalty LC79927398710"]
            """;

    @Test
    void unknownKeyIsReportedWithItsLine() {
        String yaml = """
                entity: X_ID
                id: x-id
                sources: [s]
                validatr: luhn
                patterns:
                  - {name: a, regex: 'x', score: 0.5}
                """;
        assertThatThrownBy(() -> loader.parseSingle("custom/x.yaml", yaml))
                .isInstanceOf(RuleFileException.class)
                .satisfies(e -> {
                    RuleFileException r = (RuleFileException) e;
                    assertThat(r.file()).isEqualTo("custom/x.yaml");
                    assertThat(r.line()).isEqualTo(4);
                    assertThat(r.reason()).contains("unknown key 'validatr'");
                });
    }

    @Test
    void regexWithLookaroundIsRejectedBecauseRe2CannotRunIt() {
        String yaml = """
                entity: X_ID
                id: x-id
                sources: [s]
                patterns:
                  - name: a
                    regex: '(?<!\\d)\\d{9}'
                    score: 0.5
                """;
        assertThatThrownBy(() -> loader.parseSingle("x.yaml", yaml))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("x.yaml:6")
                .hasMessageContaining("not a valid RE2 expression");
    }

    @Test
    void unknownValidatorFailsTheLoad() {
        String yaml = LOYALTY.replace("validator: luhn", "validator: lunh");
        assertThatThrownBy(() -> loader.parseSingle("l.yaml", yaml))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("unknown validator 'lunh'");
    }

    @Test
    void patternStartingAtATriggerNeedsKeywordsAndAKnownValue() {
        String anchored = LOYALTY.replace("score: 0.6", "score: 0.6\n    starts: trigger");
        assertThat(loader.parseSingle("l.yaml", anchored).rules().get(0).patterns().get(0).startsAtTrigger()).isTrue();
        assertThatThrownBy(() -> loader.parseSingle("l.yaml", anchored.replace("starts: trigger", "starts: keyword")))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("l.yaml:8").hasMessageContaining("unknown starts 'keyword'");
        assertThatThrownBy(() -> loader.parseSingle("l.yaml", anchored.replace("prefilter:\n  keywords: [lc]\n", "")))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("names no keywords");
    }

    @Test
    void ruleWithoutSourcesFails() {
        String yaml = LOYALTY.replace("sources: [\"internal: loyalty programme spec v3\"]\n", "");
        assertThatThrownBy(() -> loader.parseSingle("l.yaml", yaml))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("names no sources");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> loader.parseSingle("b.yaml", "entity: A_B\nid: [unclosed\n"))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void outOfRangeScoreFails() {
        String yaml = LOYALTY.replace("score: 0.6", "score: 1.6");
        assertThatThrownBy(() -> loader.parseSingle("l.yaml", yaml))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("between 0.0 and 1.0");
    }

    @Test
    void aUserAddsAnEntityByDroppingAFileInAFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("loyalty.yaml"), LOYALTY);
        Scanner scanner = Scanner.builder().ruleFolder(dir).build();
        assertThat(scanner.scan("loyalty LC79927398713 and mail ana.ruiz@correo.es"))
                .extracting(Finding::entity).containsExactly("LOYALTY_CARD", "EMAIL");
        assertThat(scanner.scan("loyalty LC79927398710")).isEmpty();
    }

    @Test
    void aUserAllowListDropsKnownTestValues(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("allow.yaml"), """
                allowlist:
                  id: our-support-desk
                  entities: [EMAIL]
                  domains: [support.example-shop.com]
                """);
        Scanner scanner = Scanner.builder().ruleFolder(dir).build();
        assertThat(scanner.scan("write to help@support.example-shop.com or ana.ruiz@correo.es"))
                .extracting(Finding::entity).containsExactly("EMAIL").hasSize(1);
    }

    @Test
    void aDuplicateRuleIdNamesBothFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("dup.yaml"), LOYALTY.replace("loyalty-card", "email").replace("LOYALTY_CARD", "EMAIL"));
        assertThatThrownBy(() -> Scanner.builder().ruleFolder(dir).build())
                .isInstanceOf(RuleFileException.class).hasMessageContaining("rule id 'email' is already defined")
                .hasMessageContaining("rules/entities/email.yaml").hasMessageContaining("dup.yaml");
    }
}
