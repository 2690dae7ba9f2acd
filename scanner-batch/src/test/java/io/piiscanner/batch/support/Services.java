package io.piiscanner.batch.support;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Guards tests that need a real database server. When the service does not answer the test is SKIPPED
 * with a clear message, except when {@code SCANNER_REQUIRE_SERVICES=true} (set by {@code .ci/run}): then it
 * FAILS, so CI can never go green by skipping its integration tests.
 */
public final class Services {

    public static final String REQUIRE_VARIABLE = "SCANNER_REQUIRE_SERVICES";

    private Services() {
    }

    /** Skips (or, in CI, fails) the calling test unless {@code host:port} accepts a TCP connection. */
    public static void assumeReachable(String host, int port, String name) {
        assumeReachable(host, port, name, required(System.getenv(REQUIRE_VARIABLE)));
    }

    static void assumeReachable(String host, int port, String name, boolean required) {
        String problem = probe(host, port);
        if (problem == null) {
            return;
        }
        String message = name + " is not reachable at " + host + ":" + port + " (" + problem + ")";
        if (required) {
            throw new AssertionError(message + "; " + REQUIRE_VARIABLE + "=true, so this is a failure, not a skip");
        }
        Assumptions.abort(message + "; skipping (set " + REQUIRE_VARIABLE + "=true to make this a failure)");
    }

    static boolean required(String value) {
        return value != null && value.trim().equalsIgnoreCase("true");
    }

    /** Null when the port answers, otherwise why not. */
    static String probe(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1500);
            return null;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
