package io.piiscanner.core.validate;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The validators that rule files can name, by name. */
public final class Validators {

    private static final Map<String, Validator> ALL = build();

    private Validators() {
    }

    public static Optional<Validator> byName(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static java.util.Set<String> names() {
        return ALL.keySet();
    }

    private static Map<String, Validator> build() {
        Map<String, Validator> m = new TreeMap<>(FinancialValidators.all());
        m.put("password-value", new PasswordValueValidator());
        for (Map.Entry<String, Validator> e : NationalIdValidators.all().entrySet()) {
            if (m.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new IllegalStateException("two validators are named " + e.getKey());
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
