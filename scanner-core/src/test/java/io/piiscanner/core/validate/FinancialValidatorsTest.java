package io.piiscanner.core.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry of financial, network, contact and date validators, and the guarantees every one of them
 * gives: reasons never repeat the value. (Each validator's own rules are specified in its own test.)
 */
class FinancialValidatorsTest {

    @Test
    void registersEveryValidatorByTheNameRulesUse() {
        assertThat(FinancialValidators.all().keySet()).containsExactly(
                "luhn", "credit-card", "iban", "aba", "us-ssn", "us-itin", "crypto-wallet", "ip-address",
                "email", "date-of-birth");
        for (String name : FinancialValidators.all().keySet()) {
            assertThat(Validators.byName(name)).as(name).containsSame(FinancialValidators.all().get(name));
        }
    }

    @Test
    void theRegistryIsUnmodifiable() {
        Map<String, Validator> all = FinancialValidators.all();
        assertThatThrownBy(() -> all.put("x", c -> Validation.VALID)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> all.remove("luhn")).isInstanceOf(UnsupportedOperationException.class);
    }

    /** Values of every kind, valid and not, including near misses that leave most of the value intact. */
    private static final List<String> SAMPLES = List.of(
            "4301 6613 1860 9136", "4301661318609135", "4111111111111111", "1234567812345670", "42424242424242424242",
            "DE89 3704 0044 0532 0130 01", "DE89370400440532013000", "XX89370400440532013000", "de89370400440532013000",
            "021000022", "021000021", "131740938", "536-22-1234", "536-22 1234", "078-05-1120", "123-45-6789",
            "912-70-1234", "912-49-1234", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
            "0x5aAeb6053f3E94C9b9A09f33669435E7Ef1BeAed", "256.1.1.1", "12:30:45", "2001:db8::1",
            "maria.lopez@gmail", "maria..lopez@gmail.com", "31.02.1990", "12 Smarch 1984", "2099-01-01",
            "", " ", "x", "4", "valid", "luhn");

    @Test
    void reasonsNeverContainTheValue() {
        for (Map.Entry<String, Validator> e : FinancialValidators.all().entrySet()) {
            for (String sample : SAMPLES) {
                Validation v = e.getValue().validate(sample);
                assertThat(v).as("%s(%s)", e.getKey(), sample).isNotNull();
                assertThat(v.reason()).as("%s reason", e.getKey()).isNotBlank();
                String digits = Digits.digitsOnly(sample);
                if (sample.strip().length() >= 5) {
                    assertThat(v.reason()).as("%s reason", e.getKey()).doesNotContain(sample.strip());
                }
                if (digits.length() >= 4) {
                    assertThat(Digits.digitsOnly(v.reason())).as("%s reason", e.getKey()).doesNotContain(digits);
                }
            }
        }
    }

    @Test
    void validatorsAreStatelessAcrossThreads() throws Exception {
        Validator card = FinancialValidators.all().get("credit-card");
        Validator iban = FinancialValidators.all().get("iban");
        Thread[] threads = new Thread[4];
        boolean[] ok = new boolean[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                boolean good = true;
                for (int i = 0; i < 20_000; i++) {
                    good &= card.validate("4301 6613 1860 9135").equals(Validation.VALID);
                    good &= !card.validate("4301 6613 1860 9136").valid();
                    good &= iban.validate("GB29NWBK60161331926819").equals(Validation.VALID);
                }
                ok[id] = good;
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(ok).containsOnly(true);
    }
}
