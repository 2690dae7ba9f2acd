package io.piiscanner.batch.remote;

import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.launch.ScanCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker (or a remote manager) without a broker or store exits at once with a message that says what to do. */
class WorkerCommandTest {

    static final String STORE = "jdbc:postgresql://127.0.0.1:5432/remote_it?user=postgres";

    record Outcome(int code, String err) {
    }

    static Outcome worker(Map<String, String> env, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new WorkerCommand(env).run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noBrokerIsAUsageErrorThatSaysSo() {
        Outcome o = worker(Map.of(), "worker", "--store", STORE);
        assertThat(o.code()).isEqualTo(ScannerBatchApplication.EXIT_USAGE);
        assertThat(o.err()).contains("no message broker").contains("--broker amqp://").contains("SCANNER_BROKER_URL");
        o = worker(Map.of(), "worker", "--broker", "amqp://127.0.0.1");
        assertThat(o.code()).isEqualTo(ScannerBatchApplication.EXIT_USAGE);
        assertThat(o.err()).contains("needs the manager's PostgreSQL work store");
        o = worker(Map.of(), "worker", "--broker", "amqp://u:hunter2@127.0.0.1", "--store", STORE);
        assertThat(o.code()).isEqualTo(ScannerBatchApplication.EXIT_USAGE);
        assertThat(o.err()).contains("must not carry a password").doesNotContain("hunter2");
    }

    @Test
    void anUnreachableBrokerEndsTheWorkerWithAClearMessage() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free, and nothing listens there once closed
        }
        long t = System.nanoTime();
        Outcome o = worker(Map.of(), "worker", "--broker", "amqp://127.0.0.1:" + port, "--store", STORE, "--connect-timeout", "1");
        assertThat(o.code()).isEqualTo(ScannerBatchApplication.EXIT_FAILED);
        assertThat(o.err()).contains("cannot reach the message broker at amqp://127.0.0.1:" + port)
                .contains("a worker needs a running broker");
        assertThat((System.nanoTime() - t) / 1e9).isLessThan(20);
    }

    @Test
    void aRemoteManagerNeedsAPostgresStoreAndABroker() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ScanCommand().run(new String[] {"scan", "--source", "dir:/tmp", "--workers", "remote", "--broker", "amqp://h"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ScannerBatchApplication.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--workers remote needs the PostgreSQL work store");
        err.reset();
        code = new ScanCommand().run(new String[] {"scan", "--source", "dir:/tmp", "--workers", "remote", "--store", STORE,
                        "--broker", "amqp://scanner:hunter2@h"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ScannerBatchApplication.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("must not carry a password").doesNotContain("hunter2");
    }
}
