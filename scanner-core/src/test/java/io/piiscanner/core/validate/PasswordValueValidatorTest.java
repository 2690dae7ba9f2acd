package io.piiscanner.core.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What may stand as a password value after a password key, and what only looks like one. */
class PasswordValueValidatorTest {

    private static boolean valid(String value) {
        return Validators.byName("password-value").orElseThrow().validate(value).valid();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xk9#mQ2vL", "Tr0ub4dor&3", "S3cr3t!2024", "hunter22", "Liverpool~40", "$ecret99",
            "2024-05-30x!", "https-ok-not-a-link", "Summer2024)"})
    void realisticPasswordsPass(String pw) {
        assertThat(valid(pw)).as(pw).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"******", "xxxx", "${DB_PASSWORD}", "{{secret}}", "<password>", "null", "required",
            "reset", "REDACTED", "$SMTP_PASS"})
    void maskedPlaceholderAndDescriptiveValuesFail(String pw) {
        assertThat(valid(pw)).as(pw).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"YES)", "no).", "true"})
    void mysqlsUsingPasswordYesIsNotOne(String value) {
        assertThat(valid(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"user.getPassword()", "System.getenv(", "os.environ[", "config.get(", "getenv(",
            "getPassword()", "process.env.DB_PASS", "this.password", "settings.DB_PASSWORD"})
    void codeThatReadsAPasswordIsNotOne(String value) {
        assertThat(valid(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name:", "valueFrom:", "/run/secrets/db_password", "C:\\secrets\\db.txt"})
    void aKeyOfANestedBlockOrAFilePathIsNotOne(String value) {
        assertThat(valid(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Abc(123)x", "Mike.Smith42", "summer.2024!", "Pass(word)1"})
    void passwordsWithDotsAndBracketsStillPass(String value) {
        assertThat(valid(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-30", "2024-05-30T10:15:00Z", "2024-05-30 10:15", "2024-05-30T10:15:00.123+02:00"})
    void aDateIsWhenThePasswordWasSetNotThePassword(String value) {
        assertThat(valid(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"var.db_password", "local.admin_pw", "module.db.password", ".Values.db.password"})
    void aReferenceToAVariableIsNotTheValue(String value) {
        assertThat(valid(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example.com/account/reset", "HTTP://intranet/pw-reset"})
    void aLinkIsAResetPageNotAPassword(String value) {
        assertThat(valid(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$2b$12$KIXQJfVRrZq5yQm1n2bV7uS0aBcDeFgHiJkLmNoPqRsTuVwXyZ012", "$2y$10$abcdefghijklmnopqrstuv",
            "$6$rounds=5000$salt$hash", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"})
    void aStoredHashIsNotThePassword(String value) {
        assertThat(valid(value)).as(value).isFalse();
    }
}
