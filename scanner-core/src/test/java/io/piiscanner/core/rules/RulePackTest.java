package io.piiscanner.core.rules;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.detect.SpanFinders;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.validate.Validators;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped rule pack: complete, sourced, and every rule's own examples hold. */
class RulePackTest {

    private static final RulePack PACK = new RuleLoader(Validators::byName, SpanFinders.names()).load(true, List.of());

    /** Every canonical entity of ENTITIES.md that scanner-core detects without NLP. */
    private static final Set<String> PATTERN_ENTITIES = Set.of("EMAIL", "PHONE", "DATE_OF_BIRTH", "IP_ADDRESS",
            "CREDIT_CARD", "IBAN", "US_BANK_ACCOUNT", "ABA_ROUTING", "US_SSN", "US_ITIN", "US_PASSPORT",
            "US_DRIVER_LICENSE", "UK_NINO", "UK_NHS", "CA_SIN", "DE_TAX_ID", "FR_NIR", "ES_NIF", "IT_FISCAL_CODE",
            "NL_BSN", "PL_PESEL", "BR_CPF", "IN_AADHAAR", "IN_PAN", "AU_TFN", "SG_NRIC", "CRYPTO_WALLET",
            "SALESFORCE_SESSION_ID", "AWS_ACCESS_KEY", "PRIVATE_KEY", "PASSWORD");

    @Test
    void detectsEveryCanonicalEntityExceptTheNlpOnes() {
        assertThat(PACK.entities()).containsAll(PATTERN_ENTITIES);
    }

    @Test
    void everyRuleNamesTheSourceOfItsFacts() {
        assertThat(PACK.rules()).allSatisfy(r -> assertThat(r.sources()).as(r.id()).isNotEmpty());
    }

    @Test
    void everyRuleCarriesExamplesBothWays() {
        assertThat(PACK.rules()).allSatisfy(r -> {
            assertThat(r.examples().match()).as(r.id() + " match examples").isNotEmpty();
            assertThat(r.examples().noMatch()).as(r.id() + " no_match examples").isNotEmpty();
        });
    }

    @Test
    void packManifestListsEveryRuleFileInTheFolder() throws IOException, URISyntaxException {
        List<String> onDisk = ClasspathFolder.files("rules").stream()
                .filter(p -> p.endsWith(".yaml") && !p.equals("rules/pack.yaml") && !p.startsWith("rules/jurisdictions/"))
                .sorted().toList();
        assertThat(PACK.files()).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void packHasAStableVersionAndHash() {
        RulePack again = new RuleLoader(Validators::byName, SpanFinders.names()).load(true, List.of());
        assertThat(PACK.version()).matches("\\d{4}\\.\\d+\\.\\d+");
        assertThat(again.sha256()).isEqualTo(PACK.sha256()).hasSize(64);
    }

    /** Each rule alone must find something in each match example and nothing in each no_match example. */
    @Test
    void awsDocumentationExampleKeysAreAllowListedByDefault() {
        Scanner scanner = Scanner.builder().entities(Set.of("AWS_ACCESS_KEY")).build();
        assertThat(PACK.allowlists()).extracting(Allowlist::id).contains("documentation-examples");
        assertThat(scanner.scan("the docs use AKIAIOSFODNN7EXAMPLE as a placeholder; aws_access_key_id = AKIAI44QH8DHBEXAMPLE"))
                .isEmpty();
        assertThat(scanner.scan("aws_access_key_id = AKIAZ7Q4MW2KD3XPL5RT")).hasSize(1);
    }

    @TestFactory
    List<DynamicTest> everyRuleHoldsItsOwnExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EntityRule r : PACK.rules()) {
            Scanner alone = Scanner.builder().onlyRules(Set.of(r.id())).nlp(true).build();
            for (String text : r.examples().match()) {
                tests.add(DynamicTest.dynamicTest(r.id() + " finds: " + text, () ->
                        assertThat(alone.scan(text)).extracting(Finding::entity).as(text).contains(r.entity())));
            }
            for (String text : r.examples().noMatch()) {
                tests.add(DynamicTest.dynamicTest(r.id() + " ignores: " + text, () ->
                        assertThat(alone.scan(text)).as(text).isEmpty()));
            }
        }
        return tests;
    }
}
