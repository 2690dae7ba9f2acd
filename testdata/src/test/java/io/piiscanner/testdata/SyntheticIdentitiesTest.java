package io.piiscanner.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.testdata.check.Validators;
import io.piiscanner.testdata.identity.CardNumbers;
import io.piiscanner.testdata.identity.Country;
import io.piiscanner.testdata.identity.Persona;
import io.piiscanner.testdata.identity.PersonaFactory;
import io.piiscanner.testdata.identity.Pii;
import io.piiscanner.testdata.identity.UsIdentifiers;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every generated identifier, in every written form, re-validates with this module's own check code. */
class SyntheticIdentitiesTest {

    @ParameterizedTest
    @EnumSource(Entity.class)
    void everyGeneratedValueIsValid(Entity e) {
        Random rnd = new Random(e.ordinal() * 31L + 7);
        for (int i = 0; i < 3000; i++) {
            Persona p = PersonaFactory.create(rnd, Country.values()[i % Country.values().length]);
            Pii pii = SyntheticIdentities.generate(e, p, rnd);
            assertThat(pii.entity()).isEqualTo(e);
            assertThat(Validators.isValid(e, pii.text())).as("%s %s", e, pii.text()).isTrue();
            for (var v : pii.variants().entrySet()) {
                if (!v.getKey().equals("label") && !v.getKey().equals("kind") && !v.getKey().equals("country")
                    && !v.getKey().equals("coin") && !v.getKey().equals("state") && !v.getKey().equals("stateName")) {
                    assertThat(Validators.isValid(e, v.getValue())).as("%s variant %s: %s", e, v.getKey(), v.getValue())
                        .isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Entity.class, names = {"CREDIT_CARD", "US_SSN"})
    void famousTestValuesAreNotGeneratedAsOrdinaryValues(Entity e) {
        Random rnd = new Random(11);
        Persona p = PersonaFactory.create(rnd, Country.US);
        for (int i = 0; i < 20000; i++) {
            String d = SyntheticIdentities.generate(e, p, rnd).text().replaceAll("[ -]", "");
            assertThat(e == Entity.CREDIT_CARD ? CardNumbers.FAMOUS : UsIdentifiers.PUBLISHED_SSNS).doesNotContain(d);
        }
    }
}
