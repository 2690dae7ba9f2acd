package io.piiscanner.batch.remote;

import io.piiscanner.batch.config.Credentials;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Broker URIs: defaults, vhosts, and passwords only from the environment or a file, never shown. */
class BrokerSettingsTest {

    static final Credentials NONE = Credentials.none();

    @Test
    void defaultsArePortsAndTheRootVhost() {
        BrokerSettings b = BrokerSettings.parse("amqp://rabbit.internal", true, NONE);
        assertThat(b.redacted()).isEqualTo("amqp://rabbit.internal:5672");
        assertThat(BrokerSettings.parse("amqps://rabbit.internal", true, NONE).redacted()).isEqualTo("amqps://rabbit.internal:5671");
        assertThat(BrokerSettings.parse("amqp://h:5673/scans", true, NONE).redacted()).isEqualTo("amqp://h:5673/scans");
        assertThat(BrokerSettings.parse("amqp://h/%2Fprod", true, NONE).redacted()).isEqualTo("amqp://h:5672//prod");
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> BrokerSettings.parse("amqp://scanner:s3cret-Pw@h:5672", true, NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not carry a password").hasMessageContaining("SCANNER_BROKER_PASSWORD")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret-Pw"));
        assertThatThrownBy(() -> BrokerSettings.parse("http://h", true, NONE)).hasMessageContaining("amqp://");
        assertThatThrownBy(() -> BrokerSettings.parse("amqp://user:s3cret-Pw@", false, NONE))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret-Pw"));
    }

    @Test
    void theEnvironmentMayCarryTheWholeUriButItIsNeverShown() {
        Map<String, String> env = Map.of(BrokerSettings.ENV_URL, "amqp://scanner:s3cret-Pw@rabbit:5672/scans");
        BrokerSettings b = BrokerSettings.resolve(null, NONE, env).orElseThrow();
        assertThat(b.redacted()).isEqualTo("amqp://rabbit:5672/scans");
        assertThat(b.toString()).doesNotContain("s3cret-Pw").doesNotContain("scanner");
        assertThat(b.connectionFactory("t").getRabbitConnectionFactory().getPassword()).isEqualTo("s3cret-Pw");
        assertThat(BrokerSettings.resolve(null, NONE, Map.of())).isEmpty();
        // --broker wins over the environment
        assertThat(BrokerSettings.resolve("amqp://other", NONE, env).orElseThrow().redacted()).isEqualTo("amqp://other:5672");
    }

    @Test
    void credentialsComeFromTheBrokersOwnVariablesOrTheFileElseRabbitsGuest() {
        Credentials env = new Credentials(Map.of("SCANNER_BROKER_USER", "scanner", "SCANNER_BROKER_PASSWORD", "pw1",
                "SCANNER_DB_PASSWORD", "not-for-the-broker"), new Properties());
        var f = BrokerSettings.parse("amqp://h", true, env).connectionFactory("t").getRabbitConnectionFactory();
        assertThat(f.getUsername()).isEqualTo("scanner");
        assertThat(f.getPassword()).isEqualTo("pw1");
        Properties p = new Properties();
        p.setProperty("broker.user", "fromfile");
        p.setProperty("broker.password", "pw2");
        f = BrokerSettings.parse("amqp://h", true, new Credentials(Map.of("SCANNER_DB_PASSWORD", "db"), p))
                .connectionFactory("t").getRabbitConnectionFactory();
        assertThat(f.getUsername()).isEqualTo("fromfile");
        assertThat(f.getPassword()).isEqualTo("pw2");
        f = BrokerSettings.parse("amqp://h", true, NONE).connectionFactory("t").getRabbitConnectionFactory();
        assertThat(f.getUsername()).isEqualTo("guest");
        assertThat(f.getPassword()).isEqualTo("guest");
    }
}
