package io.piiscanner.core.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The validators for financial, network, contact and date entities, by the names rule files use:
 * {@code luhn}, {@code credit-card}, {@code iban}, {@code aba}, {@code us-ssn}, {@code us-itin},
 * {@code crypto-wallet}, {@code ip-address}, {@code email} and {@code date-of-birth}. Each one documents
 * what it checks and where the rule comes from; shared digit and separator helpers live in {@link Digits}.
 */
public final class FinancialValidators {

    private static final Map<String, Validator> ALL = build();

    private FinancialValidators() {
    }

    /** Name to validator, unmodifiable, in a stable order. */
    public static Map<String, Validator> all() {
        return ALL;
    }

    private static Map<String, Validator> build() {
        Map<String, Validator> m = new LinkedHashMap<>();
        m.put("luhn", new LuhnValidator());
        m.put("credit-card", new CreditCardValidator());
        m.put("iban", new IbanValidator());
        m.put("aba", new AbaValidator());
        m.put("us-ssn", new UsSsnValidator());
        m.put("us-itin", new UsItinValidator());
        m.put("crypto-wallet", new CryptoWalletValidator());
        m.put("ip-address", new IpAddressValidator());
        m.put("email", new EmailValidator());
        m.put("date-of-birth", new DateOfBirthValidator());
        return Collections.unmodifiableMap(m);
    }
}
