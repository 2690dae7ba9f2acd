package io.piiscanner.core.rules;

/**
 * How a finding's preview is masked. {@code KEEP} keeps {@code keepFirst} and {@code keepLast}
 * letters/digits and stars the rest (separators stay, so the shape is recognisable); {@code EMAIL} keeps
 * the first letter of the local part and the top-level domain; {@code REDACT} shows only the entity and
 * the length (secrets: passwords, keys, tokens).
 */
public record MaskSpec(Style style, int keepFirst, int keepLast) {

    public static final MaskSpec DEFAULT = new MaskSpec(Style.KEEP, 0, 2);

    public enum Style { KEEP, EMAIL, REDACT }
}
