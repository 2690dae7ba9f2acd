package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The registry of national-id validators and the behaviour all of them share. */
class NationalIdValidatorsTest {

    private static final Map<String, Validator> ALL = NationalIdValidators.all();

    @Test
    void listsEveryValidatorByName() {
        assertThat(ALL).containsOnlyKeys("uk-nino", "uk-nhs", "ca-sin", "de-tax-id", "fr-nir", "es-nif",
                "it-fiscal-code", "nl-bsn", "pl-pesel", "br-cpf", "in-aadhaar", "in-pan", "au-tfn", "sg-nric");
    }

    @Test
    void isUnmodifiable() {
        assertThatThrownBy(() -> ALL.put("xx", c -> Validation.VALID))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource(delimiter = '|', textBlock = """
            uk-nino        | AB 12 34 56 C
            uk-nhs         | 943 476 5919
            ca-sin         | 130 692 544
            de-tax-id      | 86095742719
            fr-nir         | 1 84 12 76 451 089 46
            es-nif         | 12345678Z
            it-fiscal-code | RCCMNL83S18D969H
            nl-bsn         | 111222333
            pl-pesel       | 44051401359
            br-cpf         | 529.982.247-25
            in-aadhaar     | 2341 2341 2346
            in-pan         | ACUPA7085R
            au-tfn         | 123 456 782
            sg-nric        | S1234567D
            """)
    void eachNameMapsToItsValidator(String name, String valid) {
        assertThat(ALL.get(name).validate(valid)).isEqualTo(Validation.VALID);
    }

    @ParameterizedTest(name = "every validator rejects \"{0}\"")
    @ValueSource(strings = {"", " ", "-", "0", "  -  ", "............................................",
        "12345678901234567890123456789012345678901234567890", "\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661"})
    void rejectsJunk(String junk) {
        ALL.forEach((name, validator) -> {
            Validation result = validator.validate(junk);
            assertThat(result.valid()).as("%s on \"%s\"", name, junk).isFalse();
            assertThat(result.reason()).as("%s reason", name).isNotBlank();
        });
    }

    @Test
    void reasonsNeverContainTheCandidate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -.";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = 8 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = sb.toString();
            String significant = candidate.replaceAll("[^0-9A-Z]", "");
            ALL.forEach((name, validator) -> {
                Validation result = validator.validate(candidate);
                assertThat(result.reason()).as("%s on %s", name, candidate).isNotBlank();
                if (significant.length() >= 4) {
                    assertThat(result.reason()).as("%s on %s", name, candidate)
                            .doesNotContain(significant)
                            .doesNotContain(candidate.strip());
                }
            });
        }
    }

    @Test
    void acceptsAnyCharSequence() {
        assertThat(ALL.get("nl-bsn").validate(new StringBuilder("111 222 333")).valid()).isTrue();
    }
}
