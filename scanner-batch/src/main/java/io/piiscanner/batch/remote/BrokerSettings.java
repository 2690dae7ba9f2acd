package io.piiscanner.batch.remote;

import com.rabbitmq.client.ConnectionFactory;
import io.piiscanner.batch.config.Credentials;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Where the RabbitMQ broker is, and how to log in to it. The URI ({@code amqp://host[:port][/vhost]}, or
 * {@code amqps://} for TLS with the JVM's trust store) comes from {@code --broker} or {@code SCANNER_BROKER_URL};
 * on the command line it must not carry a password (other users can read process lists). The user and password
 * come from the URI given in the environment, then {@code SCANNER_BROKER_USER}/{@code SCANNER_BROKER_PASSWORD},
 * then the credentials file's {@code broker.user}/{@code broker.password}, else RabbitMQ's default
 * {@code guest}/{@code guest} (which RabbitMQ accepts from localhost only). {@link #toString()} and
 * {@link #redacted()} never show the password.
 */
public final class BrokerSettings {

    public static final String ENV_URL = "SCANNER_BROKER_URL";

    private final boolean tls;
    private final String host;
    private final int port;
    private final String vhost;
    private final String user;
    private final String password;

    private BrokerSettings(boolean tls, String host, int port, String vhost, String user, String password) {
        this.tls = tls;
        this.host = host;
        this.port = port;
        this.vhost = vhost;
        this.user = user;
        this.password = password;
    }

    /**
     * The broker from {@code --broker} (may be null) or else {@code SCANNER_BROKER_URL}; empty when neither is set.
     *
     * @throws IllegalArgumentException for a malformed URI or a password on the command line
     */
    public static Optional<BrokerSettings> resolve(String fromCommandLine, Credentials credentials, java.util.Map<String, String> env) {
        if (fromCommandLine != null) {
            return Optional.of(parse(fromCommandLine, true, credentials));
        }
        String v = env.get(ENV_URL);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(parse(v.trim(), false, credentials));
    }

    static BrokerSettings parse(String uri, boolean commandLine, Credentials credentials) {
        URI u;
        try {
            u = new URI(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a broker URI (amqp://host:5672/vhost): " + safe(uri));
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("amqp") && !scheme.equals("amqps")) {
            throw new IllegalArgumentException("a broker URI starts with amqp:// or amqps://, got " + safe(uri));
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("the broker URI names no host: " + safe(uri));
        }
        boolean tls = scheme.equals("amqps");
        String uriUser = null;
        String uriPassword = null;
        if (u.getRawUserInfo() != null) {
            String[] up = u.getRawUserInfo().split(":", 2);
            uriUser = decode(up[0]);
            if (up.length > 1) {
                if (commandLine) {
                    throw new IllegalArgumentException("a broker URI on the command line must not carry a password: set "
                            + "SCANNER_BROKER_PASSWORD, put broker.password in --credentials-file, or give the whole URI in "
                            + ENV_URL);
                }
                uriPassword = decode(up[1]);
            }
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        String vhost = path.isEmpty() || path.equals("/") ? "/" : decode(path.substring(1));
        String user = uriUser != null ? uriUser : credentials.sourceOnly("broker", "USER", "user").orElse("guest");
        String password = uriPassword != null ? uriPassword
                : credentials.sourceOnly("broker", "PASSWORD", "password").orElse(uriUser == null && user.equals("guest") ? "guest" : "");
        int port = u.getPort() > 0 ? u.getPort() : tls ? 5671 : 5672;
        return new BrokerSettings(tls, u.getHost(), port, vhost, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** For messages: scheme, user-less host and port only. */
    private static String safe(String uri) {
        return uri.replaceFirst("//[^/@]*@", "//").replaceFirst("[?#].*$", "");
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** {@code amqp://host:port/vhost}: what may be printed and logged. */
    public String redacted() {
        return (tls ? "amqps" : "amqp") + "://" + host + ":" + port + (vhost.equals("/") ? "" : "/" + vhost);
    }

    @Override
    public String toString() {
        return redacted();
    }

    /** A Spring AMQP connection factory for this broker; {@code name} shows in the broker's connection list. */
    public CachingConnectionFactory connectionFactory(String name) {
        ConnectionFactory rabbit = new ConnectionFactory();
        rabbit.setHost(host);
        rabbit.setPort(port);
        rabbit.setVirtualHost(vhost);
        rabbit.setUsername(user);
        rabbit.setPassword(password);
        rabbit.setRequestedHeartbeat(15); // a dead peer is noticed in about 30 s even without a TCP reset
        rabbit.setConnectionTimeout(5000);
        rabbit.setAutomaticRecoveryEnabled(false); // Spring's containers do the recovery
        if (tls) {
            try {
                rabbit.useSslProtocol(SSLContext.getDefault()); // verifies the server against the JVM's trust store
                rabbit.enableHostnameVerification();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("no TLS in this JVM", e);
            }
        }
        CachingConnectionFactory f = new CachingConnectionFactory(rabbit);
        f.setConnectionNameStrategy(cf -> name);
        return f;
    }

    /** Null when a connection to the broker can be opened, otherwise why not (no secret in it). */
    public String probe(CachingConnectionFactory f) {
        try (var c = f.createConnection()) {
            return c.isOpen() ? null : "connection closed at once";
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " + root.getMessage();
            return m.replace(password.isEmpty() ? "\u0000" : password, "<redacted>");
        }
    }
}
