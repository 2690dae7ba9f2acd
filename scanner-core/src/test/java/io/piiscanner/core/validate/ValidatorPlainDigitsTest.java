package io.piiscanner.core.validate;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.detect.SpanFinders;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.rules.EntityRule;
import io.piiscanner.core.rules.RuleLoader;
import io.piiscanner.core.rules.RulePack;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine validates a digit run's bare digits before running the patterns of a rule whose validator
 * {@linkplain Validator#acceptsPlainDigits accepts plain digits}, and skips runs that fail. That is only
 * sound if every value such a rule reports is made of digits and separators, and its bare digits pass too.
 */
class ValidatorPlainDigitsTest {

    private static final RulePack PACK = new RuleLoader(Validators::byName, SpanFinders.names()).load(true, List.of());

    @TestFactory
    List<DynamicTest> everyValueSuchARuleReportsPassesAsBareDigits() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EntityRule rule : PACK.rules()) {
            if (rule.validator() == null || !rule.validator().acceptsPlainDigits()) {
                continue;
            }
            Scanner alone = Scanner.builder().onlyRules(Set.of(rule.id())).includeRawValues(true).build();
            for (String text : rule.examples().match()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + text, () -> {
                    List<Finding> findings = alone.scan(text);
                    assertThat(findings).as(text).isNotEmpty();
                    for (Finding f : findings) {
                        String value = f.rawValue().orElseThrow();
                        assertThat(value).as("digits and separators only").matches("[0-9][0-9 ./-]*[0-9]");
                        assertThat(rule.validator().validate(value.replaceAll("[^0-9]", "")).valid())
                                .as(rule.validatorName() + " on the bare digits of a reported value").isTrue();
                    }
                }));
            }
        }
        assertThat(tests).as("rules with plain-digit validators have match examples").hasSizeGreaterThan(10);
        return tests;
    }

    @Test
    void writtenAndBareFormsAgreeForEachPlainDigitValidator() {
        // A valid value in each written form the validator allows, and its bare digits.
        List<String[]> cases = List.of(
                new String[] {"us-ssn", "078-05-1121"}, new String[] {"us-ssn", "219 09 9999"},
                new String[] {"us-itin", "912-70-1234"}, new String[] {"aba", "0210-0002-1"},
                new String[] {"credit-card", "4111 1111 1111 1111"}, new String[] {"credit-card", "5555-5555-5555-4444"},
                new String[] {"ca-sin", "130 692 544"}, new String[] {"br-cpf", "111.444.777-35"},
                new String[] {"uk-nhs", "943 476 5919"}, new String[] {"nl-bsn", "1112.22.333"});
        for (String[] c : cases) {
            Validator v = Validators.byName(c[0]).orElseThrow();
            assertThat(v.acceptsPlainDigits()).as(c[0]).isTrue();
            assertThat(v.validate(c[1]).valid()).as(c[0] + " as written: " + c[1]).isTrue();
            assertThat(v.validate(c[1].replaceAll("[^0-9]", "")).valid()).as(c[0] + " bare").isTrue();
        }
    }

    @Test
    void validatorsOfIdsWithLettersDoNotClaimIt() {
        for (String name : List.of("iban", "fr-nir", "es-nif", "uk-nino", "sg-nric", "it-fiscal-code", "in-pan",
                "email", "ip-address", "date-of-birth", "password-value", "crypto-wallet")) {
            assertThat(Validators.byName(name).orElseThrow().acceptsPlainDigits()).as(name).isFalse();
        }
    }
}
