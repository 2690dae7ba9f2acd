package io.piiscanner.batch.support;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service guard: skip when a server is absent, fail instead when CI requires services. */
class ServicesTest {

    @Test
    void absentServiceSkipsByDefault() throws Exception {
        int port = freePort();
        assertThatThrownBy(() -> Services.assumeReachable("127.0.0.1", port, "FakeDB", false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("FakeDB is not reachable at 127.0.0.1:" + port)
                .hasMessageContaining("SCANNER_REQUIRE_SERVICES");
    }

    @Test
    void absentServiceFailsWhenServicesAreRequired() throws Exception {
        int port = freePort();
        assertThatThrownBy(() -> Services.assumeReachable("127.0.0.1", port, "FakeDB", true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FakeDB is not reachable")
                .hasMessageContaining("a failure, not a skip");
    }

    @Test
    void reachableServicePasses() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            assertThatCode(() -> Services.assumeReachable("127.0.0.1", s.getLocalPort(), "Listener", true))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void onlyTrueTurnsSkipsIntoFailures() {
        assertThat(Services.required("true")).isTrue();
        assertThat(Services.required(" TRUE ")).isTrue();
        assertThat(Services.required(null)).isFalse();
        assertThat(Services.required("")).isFalse();
        assertThat(Services.required("false")).isFalse();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
