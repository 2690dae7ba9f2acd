package io.piiscanner.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.piiscanner.testdata.identity.Country;
import io.piiscanner.testdata.identity.Phones;
import io.piiscanner.testdata.identity.Pii;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every generated phone number, in every written style, is a valid number of its country. */
class PhonesTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @ParameterizedTest
    @EnumSource(Country.class)
    void generatedNumbersAreValidForTheirRegion(Country c) throws NumberParseException {
        Random rnd = new Random(c.ordinal() + 100L);
        for (int i = 0; i < 5000; i++) {
            Pii p = Phones.of(rnd, c);
            Phonenumber.PhoneNumber n = UTIL.parse(p.text(), c.name());
            assertThat(UTIL.isValidNumber(n)).as(p.text()).isTrue();
            assertThat(UTIL.getRegionCodeForNumber(n)).as(p.text()).isEqualTo(c.name());
        }
    }
}
