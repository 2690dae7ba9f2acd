package io.piiscanner.core.validate;

import com.google.re2j.Pattern;

import java.util.Locale;
import java.util.Set;

/**
 * Accepts a value found after a password key only if it could be a real password: not masked
 * ({@code ******}, {@code xxxx}), not a placeholder ({@code ${DB_PASSWORD}}, {@code {{secret}}},
 * {@code <password>}, {@code %s}), not a null-ish or boolean word, and not an ordinary word that describes
 * the password instead of revealing it ("reset", "required", "expired"). Nor is the value of a key that only names
 * passwords ("password_last_set", "password_reset_url", "password_hash"): a date, a link or a stored hash. Nor is
 * code that reads a password from somewhere else ({@code user.getPassword()}, {@code process.env.DB_PASS}).
 * Source: CWE-532; the placeholder syntaxes of Spring, shells, Jinja/Mustache and printf; the modular crypt
 * format's identifiers ($1$, $5$, $6$, $2a$/$2b$/$2y$ bcrypt, $argon2, $pbkdf2, $scrypt).
 */
final class PasswordValueValidator implements Validator {

    private static final Set<String> NOT_A_PASSWORD = Set.of(
            "null", "none", "nil", "undefined", "empty", "true", "false", "yes", "no", "n/a", "na",
            "redacted", "hidden", "masked", "filtered", "[filtered]", "removed", "secret", "password", "passwort",
            "reset", "resets", "expired", "expires", "changed", "change", "required", "missing", "invalid",
            "incorrect", "wrong", "updated", "update", "sent", "link", "forgot", "forgotten", "policy", "length",
            "strength", "manager", "protected", "field", "hash", "hashed", "encrypted", "stored", "provided",
            "zurücksetzen", "geändert", "vergessen", "erforderlich", "oublié", "réinitialiser", "requis",
            "olvidada", "restablecer", "requerida", "obligatorio", "value", "string", "text", "please", "bitte",
            "asterisks", "blank", "same", "default", "unknown", "not", "set", "unset",
            // the start of a rule or an aside after the key: "Passwort-Richtlinie: mindestens 12 Zeichen",
            // "contraseña: (ver gestor de contraseñas)"
            "minimum", "mindestens", "mínimo", "minimo", "see", "siehe", "voir", "ver", "vedi", "zie");

    private static final Pattern DATE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private static final Pattern CRYPT_HASH = Pattern.compile("\\$(?:1|5|6|2[aby]|argon2(?:id|i|d)|pbkdf2[a-z0-9-]*|scrypt)\\$");

    /** var.db_password, local.pw, module.db.password, .Values.db.password: where a value comes from, not the value. */
    private static final Pattern CONFIG_REFERENCE = Pattern.compile(
            "(?:var|local|module|data|\\.Values)\\.[A-Za-z_][A-Za-z0-9_.\\-]*");

    /**
     * Code that reads a password rather than holding one: a call or index on an identifier path
     * ({@code user.getPassword()}, {@code System.getenv(}, {@code os.environ[}), a bare call ({@code getenv(}), or
     * a field of an environment or settings object ({@code process.env.DB_PASS}, {@code this.password}).
     */
    private static final Pattern CODE_REFERENCE = Pattern.compile(
            "[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+[(\\[].*"
                    + "|[A-Za-z_$][\\w$]*\\(\\)?;?"
                    + "|(?:process\\.env|this|self|settings|config|secrets|props)\\.[A-Za-z_$][\\w$.]*");

    /** An absolute path of two or more parts: /run/secrets/db_password, ~/secrets/db.txt, C:\\secrets\\db.txt. */
    private static final Pattern FILE_PATH = Pattern.compile(
            "(?:/|~/|[A-Za-z]:\\\\)[\\w.\\-]+(?:[/\\\\][\\w.\\-]+)+/?");

    @Override
    public Validation validate(CharSequence candidate) {
        String v = candidate.toString();
        if (v.length() < 4) {
            return Validation.invalid("too short for a password");
        }
        if (isOneRepeatedChar(v)) {
            return Validation.invalid("masked value");
        }
        if (enclosed(v)) {
            return Validation.invalid("placeholder, not a value");
        }
        if (v.startsWith("${") || v.startsWith("{{") || v.startsWith("%(") || v.startsWith("<")
                || v.startsWith("$") && v.length() > 1 && Character.isUpperCase(v.charAt(1))
                || v.equals("%s") || v.startsWith("#{")) {
            return Validation.invalid("placeholder, not a value");
        }
        String lower = v.toLowerCase(Locale.ROOT);
        // "(using password: YES)" in MySQL's access-denied message
        String trimmed = withoutTrailingPunctuation(lower);
        if (NOT_A_PASSWORD.contains(trimmed)
                || trimmed.startsWith("(") && NOT_A_PASSWORD.contains(trimmed.substring(1))) {
            return Validation.invalid("a word about the password, not a password");
        }
        if (lower.chars().allMatch(c -> c == '*' || c == 'x' || c == '•' || c == '#' || c == '.')) {
            return Validation.invalid("masked value");
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return Validation.invalid("a link (a reset page), not a password");
        }
        if (DATE.matcher(v).matches()) {
            return Validation.invalid("a date (when the password was set or expires), not a password");
        }
        if (CRYPT_HASH.matcher(lower).lookingAt()) {
            return Validation.invalid("a stored password hash, not the password");
        }
        if (CONFIG_REFERENCE.matcher(v).matches()) {
            return Validation.invalid("a reference to a variable (Terraform, Helm), not a value");
        }
        if (v.endsWith(":")) {
            return Validation.invalid("a key of a nested block (YAML secretKeyRef: name:), not a value");
        }
        if (FILE_PATH.matcher(v).matches()) {
            return Validation.invalid("a file that holds the password (DB_PASSWORD_FILE=/run/secrets/db), not the password");
        }
        if (CODE_REFERENCE.matcher(v).matches()) {
            return Validation.invalid("code that reads a password (a call, an environment variable), not a value");
        }
        return Validation.VALID;
    }

    /** The value without the ".", "!", "?", ":", ")", "}" and "]" it ends with ("None}" of a Python dict). */
    private static String withoutTrailingPunctuation(String v) {
        int end = v.length();
        while (end > 0 && ".!?:)}]".indexOf(v.charAt(end - 1)) >= 0) {
            end--;
        }
        return v.substring(0, end);
    }

    /** "[REDACTED]", "(hidden)", "<secret>", "{masked}": a word in brackets stands for a value that was removed. */
    private static boolean enclosed(String v) {
        char first = v.charAt(0);
        char last = v.charAt(v.length() - 1);
        return first == '[' && last == ']' || first == '(' && last == ')' || first == '<' && last == '>'
                || first == '{' && last == '}';
    }

    private static boolean isOneRepeatedChar(String v) {
        char c = v.charAt(0);
        for (int i = 1; i < v.length(); i++) {
            if (v.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }
}
