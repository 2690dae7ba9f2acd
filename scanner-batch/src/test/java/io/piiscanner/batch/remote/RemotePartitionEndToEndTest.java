package io.piiscanner.batch.remote;

import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.cli.ScannerCli;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ScannerConfiguration;
import io.piiscanner.batch.support.ReportCounts;
import io.piiscanner.batch.support.ScanHarness.Report;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote partitioning over the real RabbitMQ and PostgreSQL of this machine: a manager (this JVM, or a child JVM
 * where it is killed) and worker JVMs started with {@code scanner worker}, on a PostgreSQL staging table split into
 * key ranges and a CSV file. Every scenario's report has the counts of a single-JVM run over the same data (embedded
 * H2 store, thread pool):
 * <ol>
 *   <li>two worker JVMs share the partitions;</li>
 *   <li>a worker is killed (SIGKILL) in the middle of a partition that has committed chunks: another worker takes
 *       it over after its last committed chunk;</li>
 *   <li>the manager JVM is killed mid-scan and {@code scan --resume --workers remote} finishes the run while the
 *       workers may still be running partitions of the interrupted one;</li>
 *   <li>the broker "restarts" (every AMQP connection of a worker and the manager dropped and refused for 3 s through
 *       a TCP proxy, so the shared RabbitMQ is not touched): the worker reconnects and goes on.</li>
 * </ol>
 * Skips without PostgreSQL or RabbitMQ, fails instead in CI (Services).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemotePartitionEndToEndTest {

    static final int TABLE_ROWS = 24_000;
    static final int CSV_ROWS = 6_000;
    static final int PARTITION_ROWS = 3_000;
    static final int CHUNK = 250;
    static final String BROKER = "amqp://127.0.0.1:5672";
    static final Duration DEAD_AFTER = Duration.ofSeconds(20);

    @TempDir
    static Path tmp;

    private String staging;
    private String store;
    private String queue;
    private Path work;
    private Path exports;
    private TreeMap<String, String> reference;
    private final Map<String, Process> workers = new LinkedHashMap<>();
    private WorkerRegistry registry;
    private Jdbi storeDb;
    private long t0;

    @BeforeAll
    void setUp() throws Exception {
        t0 = System.nanoTime();
        RemoteItDatabase.assumeServicesAndCreate();
        staging = RemoteItDatabase.newSchema("rs_");
        store = RemoteItDatabase.newSchema("rst_");
        queue = "pii-scanner.it." + UUID.randomUUID().toString().substring(0, 8);
        RemoteItDatabase.exec("CREATE TABLE " + staging + ".stg_people (id INT PRIMARY KEY, email VARCHAR(100), ssn VARCHAR(11),"
                        + " phone VARCHAR(30), country VARCHAR(2), note VARCHAR(200))",
                "INSERT INTO " + staging + ".stg_people SELECT x, CASE WHEN x % 2 = 0 THEN 'user' || x || '@example.com' END,"
                        + " CASE WHEN x % 3 = 0 THEN lpad((100 + x % 500)::text, 3, '0') || '-' || lpad((1 + x % 98)::text, 2, '0')"
                        + " || '-' || lpad((1 + x % 9998)::text, 4, '0') END,"
                        + " CASE WHEN x % 5 = 0 THEN '+49 30 ' || (2000000 + x) END,"
                        + " CASE x % 3 WHEN 0 THEN 'US' WHEN 1 THEN 'DE' ELSE 'FR' END,"
                        + " 'note ' || x || CASE WHEN x % 7 = 0 THEN ', card 4539 1488 0343 6467' ELSE '' END"
                        + " FROM generate_series(1, " + TABLE_ROWS + ") x");
        exports = Files.createDirectories(tmp.resolve("exports"));
        try (Writer w = Files.newBufferedWriter(exports.resolve("big.csv"), StandardCharsets.UTF_8)) {
            w.write("id,email,comment\n");
            for (int i = 1; i <= CSV_ROWS; i++) {
                w.write(i + "," + (i % 4 == 0 ? "csv" + i + "@example.org" : "") + ",row " + i + "\n");
            }
        }
        work = tmp.resolve("work");
        ScannerConfiguration.loadKey(work); // the manager's fingerprint key; the workers read it from the same --work
        storeDb = Jdbi.create(RemoteItDatabase.storeUrl(store));

        long t = System.nanoTime();
        reference = ReportCounts.of(scan(profile("it-reference", false), tmp.resolve("ref-work"), null, false, new StringBuilder()));
        System.out.printf("reference run (one JVM, thread pool, H2 store): %d ms%n", (System.nanoTime() - t) / 1_000_000);
        assertThat(reference.get("coverage " + staging + ".stg_people")).isEqualTo("SCANNED " + TABLE_ROWS + "/" + TABLE_ROWS);

        startWorker("w1");
        startWorker("w2");
        registry = new WorkerRegistry(storeDb);
        awaitAlive("w1", "w2");
    }

    @AfterAll
    void tearDown() {
        workers.values().forEach(Process::destroyForcibly);
        workers.forEach((id, p) -> {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
                System.out.println("---- worker " + id + " output:\n" + Files.readString(tmp.resolve(id + ".log")));
            } catch (Exception ignored) {
                // best effort
            }
        });
        if (queue != null) {
            CachingConnectionFactory f = new CachingConnectionFactory("127.0.0.1", 5672);
            try {
                RabbitAdmin admin = new RabbitAdmin(f);
                admin.deleteQueue(queue);
                admin.deleteQueue(queue + ".outage");
            } catch (RuntimeException ignored) {
                // the broker may be away; queue names are unique anyway
            } finally {
                f.destroy();
            }
        }
        RemoteItDatabase.dropQuietly(staging);
        RemoteItDatabase.dropQuietly(store);
        System.out.printf("RemotePartitionEndToEndTest: %d s in all%n", (System.nanoTime() - t0) / 1_000_000_000L);
    }

    @Test
    @Order(1)
    void twoWorkerJvmsProduceTheReportOfASingleJvmRun() throws Exception {
        long t = System.nanoTime();
        StringBuilder console = new StringBuilder();
        Report r = scan(profile("it-remote", true), work, null, false, console);
        System.out.printf("remote run with 2 worker JVMs: %d ms%n%s", (System.nanoTime() - t) / 1_000_000, console);
        assertThat(ReportCounts.of(r)).isEqualTo(reference);
        String runId = r.json().path("run").path("id").asText();
        Map<String, Integer> done = partitionsDone(runId);
        int partitions = TABLE_ROWS / PARTITION_ROWS + 1;
        assertThat(done.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(partitions);
        assertThat(done).as("both workers scanned partitions").containsOnlyKeys("w1", "w2").allSatisfy((w, n) -> assertThat(n).isPositive());
        assertThat(console.toString()).contains("2 workers: w").contains("on 2 remote workers");
        // what the remote machinery stores (settings the workers read, workers, leases, progress) holds no value
        String stored = storeDb.withHandle(h -> String.join("\n", h.createQuery("SELECT settings FROM scan_run WHERE run_id = ?")
                .bind(0, runId).mapTo(String.class).list()) + "\n" + String.join("\n", h.createQuery(
                        "SELECT CONCAT_WS(' ', w.worker_id, w.host, r.run_id, r.rows_done, l.partition_id, l.state) FROM scan_worker w"
                        + " JOIN scan_worker_run r ON r.worker_id = w.worker_id JOIN scan_partition_lease l ON l.run_id = r.run_id")
                .mapTo(String.class).list()));
        assertThat(stored).contains(staging).contains("w1").doesNotContain("@example.").doesNotContain("4539 1488")
                .doesNotContain("+49 30 2").doesNotContainPattern("\\d{3}-\\d{2}-\\d{4}");
    }

    @Test
    @Order(2)
    void aWorkerKilledMidPartitionIsTakenOverWithoutCountingTwice() throws Exception {
        long t = System.nanoTime();
        StringBuilder console = new StringBuilder();
        Path killProfile = profile("it-kill", true);
        CompletableFuture<Report> manager = CompletableFuture.supplyAsync(() -> scanUnchecked(killProfile, console));
        String[] victim = null;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (victim == null && System.nanoTime() < deadline && !manager.isDone()) {
            Optional<String> runId = startedRun("it-kill");
            if (runId.isPresent()) {
                // a worker in the middle of a partition, with some chunks committed and most still to do
                victim = storeDb.withHandle(h -> h.createQuery("SELECT l.worker_id, l.partition_id FROM scan_partition_lease l"
                                + " WHERE l.run_id = ? AND l.state = 'RUNNING' AND (SELECT COUNT(*) FROM scan_chunk c WHERE"
                                + " c.run_id = l.run_id AND c.partition_id = l.partition_id) BETWEEN 1 AND ? AND l.partition_id LIKE 'c%-r%'")
                        .bind(0, runId.get()).bind(1, PARTITION_ROWS / CHUNK - 4)
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findFirst().orElse(null));
            }
            if (victim == null) {
                Thread.sleep(50);
            }
        }
        assertThat(victim).as("no worker was caught in the middle of a partition:\n" + console).isNotNull();
        Process p = workers.get(victim[0]);
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup, the broker and PostgreSQL just lose its connections
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(137);
        System.out.printf("killed worker %s in the middle of partition %s%n", victim[0], victim[1]);

        Report r = manager.get(180, TimeUnit.SECONDS);
        System.out.printf("remote run with a killed worker: %d ms%n%s", (System.nanoTime() - t) / 1_000_000, console);
        assertThat(ReportCounts.of(r)).isEqualTo(reference);
        String runId = r.json().path("run").path("id").asText();
        String survivor = victim[0].equals("w1") ? "w2" : "w1";
        String[] partition = victim;
        var lease = storeDb.withHandle(h -> h.createQuery("SELECT worker_id, takeovers, state FROM scan_partition_lease WHERE run_id = ?"
                        + " AND partition_id = ?").bind(0, runId).bind(1, partition[1])
                .map((rs, ctx) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3)).one());
        assertThat(lease).isEqualTo(survivor + "/1/DONE");
        String log = Files.readString(tmp.resolve(survivor + ".log"));
        Matcher m = Pattern.compile("partition " + victim[1] + " of run " + runId + ": taking over from worker " + victim[0]
                + ", which is gone; resuming after record ([\\d,]+)").matcher(log);
        assertThat(m.find()).as(log).isTrue();
        assertThat(Long.parseLong(m.group(1).replace(",", ""))).as("resumed after the victim's committed chunks, not from the start")
                .isPositive().isLessThan(PARTITION_ROWS);

        startWorker("w3"); // for the next scenarios
        awaitAlive(survivor, "w3");
    }

    @Test
    @Order(3)
    void aKilledManagerIsResumedWithoutCountingTwice() throws Exception {
        long t = System.nanoTime();
        Path profile = profile("it-manager", true);
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ScannerBatchApplication.class.getName()));
        cmd.addAll(scanArgs(profile, work, BROKER, queue, false));
        Process manager = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("manager.log").toFile()).start();
        long committed = 0;
        long deadline = System.nanoTime() + 120_000_000_000L;
        String runId = null;
        while (System.nanoTime() < deadline && manager.isAlive()) {
            Optional<String> id = startedRun("it-manager");
            if (id.isPresent()) {
                runId = id.get();
                committed = rowsCommitted(runId);
                if (committed >= 3L * CHUNK) {
                    break;
                }
            }
            Thread.sleep(50);
        }
        assertThat(manager.isAlive()).as("the manager ended before it could be killed:\n" + Files.readString(tmp.resolve("manager.log"))).isTrue();
        manager.destroyForcibly();
        assertThat(manager.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String killedRun = runId;
        int running = storeDb.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM scan_partition_lease WHERE run_id = ? AND state = 'RUNNING'")
                .bind(0, killedRun).mapTo(Integer.class).one());
        System.out.printf("killed the manager after %,d committed rows, %d partitions running on workers%n", committed, running);

        StringBuilder console = new StringBuilder();
        Report r = scan(profile, work, null, true, console);
        System.out.printf("manager killed and resumed: %d ms%n%s", (System.nanoTime() - t) / 1_000_000, console);
        assertThat(r.json().path("run").path("id").asText()).isEqualTo(killedRun);
        assertThat(ReportCounts.of(r)).isEqualTo(reference);
    }

    @Test
    @Order(4)
    void aWorkerAndTheManagerRideOutABrokerRestart() throws Exception {
        long t = System.nanoTime();
        try (TcpProxy proxy = new TcpProxy("127.0.0.1", 5672)) {
            String broker = "amqp://127.0.0.1:" + proxy.port();
            String q = queue + ".outage";
            ByteArrayOutputStream workerErr = new ByteArrayOutputStream();
            WorkerOptions o = new WorkerOptions("w-proxy", BrokerSettings.parse(broker, true, Credentials.none()), q,
                    RemoteItDatabase.storeUrl(store), work, 1, DEAD_AFTER, Duration.ofSeconds(30), null, false);
            Worker worker = new Worker(o, new Credentials(Map.of(), new Properties()),
                    new PrintStream(workerErr, true, StandardCharsets.UTF_8));
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(worker::run);
            awaitAlive("w-proxy");
            StringBuilder console = new StringBuilder();
            Path outageProfile = profile("it-outage", true);
            CompletableFuture<Report> manager = CompletableFuture.supplyAsync(() -> {
                try {
                    return scan(outageProfile, work, new String[] {broker, q}, false, console);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + 120_000_000_000L;
            String runId = null;
            while (System.nanoTime() < deadline && !manager.isDone()) {
                Optional<String> id = startedRun("it-outage");
                if (id.isPresent() && rowsCommitted(id.get()) > 0) {
                    runId = id.get();
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(runId).as("the scan did not start:\n" + console).isNotNull();
            java.sql.Timestamp cut = storeDb.withHandle(h -> h.createQuery("SELECT now()").mapTo(java.sql.Timestamp.class).one());
            proxy.outage(3000); // every AMQP connection dropped (unacknowledged requests go back to the queue), 3 s refused
            assertThat(proxy.dropped()).isPositive();

            Report r = manager.get(180, TimeUnit.SECONDS);
            System.out.printf("remote run through a broker outage: %d ms%n%s%n---- worker w-proxy:%n%s", (System.nanoTime() - t) / 1_000_000,
                    console, workerErr.toString(StandardCharsets.UTF_8));
            assertThat(ReportCounts.of(r)).isEqualTo(reference);
            String finishedRun = runId;
            int after = storeDb.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM scan_partition_lease WHERE run_id = ?"
                    + " AND worker_id = 'w-proxy' AND claimed_at > ?").bind(0, finishedRun).bind(1, cut).mapTo(Integer.class).one());
            assertThat(after).as("partitions the worker took after it reconnected").isPositive();
            assertThat(exit).as("the worker is still running").isNotDone();
            worker.stop();
            assertThat(exit.get(60, TimeUnit.SECONDS)).isEqualTo(0);
        }
    }

    // ---- helpers

    private Path profile(String name, boolean remote) throws IOException {
        Path p = tmp.resolve(name + ".yaml");
        Files.writeString(p, "name: " + name + "\n"
                + "sources:\n"
                + "  - id: pg\n"
                + "    uri: \"" + RemoteItDatabase.URL + "\"\n"
                + "    schemas: [" + staging + "]\n"
                + "    max_concurrent: 2\n"
                + "  - id: files\n"
                + "    uri: \"dir:" + exports + "\"\n"
                + "threads: 2\n"
                + "limits: {partition_rows: " + PARTITION_ROWS + ", chunk_size: " + CHUNK + ", page_size: " + CHUNK + "}\n"
                + (remote ? "store_url: \"" + RemoteItDatabase.storeUrl(store) + "\"\n" : ""));
        return p;
    }

    private static List<String> scanArgs(Path profile, Path workDir, String broker, String q, boolean resume) {
        List<String> args = new ArrayList<>(List.of("scan", "--profile", profile.toString(), "--work", workDir.toString(),
                "--output", tmp.resolve("reports").toString()));
        if (broker != null) {
            args.addAll(List.of("--workers", "remote", "--broker", broker, "--queue", q));
        }
        if (resume) {
            args.add("--resume");
        }
        return args;
    }

    /** Runs scan in this JVM ({@code remote}: {broker, queue}, or null with a store_url in the profile: the shared broker). */
    private Report scan(Path profile, Path workDir, String[] remote, boolean resume, StringBuilder console) throws Exception {
        boolean isRemote = Files.readString(profile).contains("store_url:");
        String broker = !isRemote ? null : remote == null ? BROKER : remote[0];
        String q = remote == null ? queue : remote[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ScannerBatchApplication.run(scanArgs(profile, workDir, broker, q, resume).toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        console.append(err.toString(StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isIn(0, 3);
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        return Report.read(Path.of(lines[lines.length - 1].trim()));
    }

    private Report scanUnchecked(Path profile, StringBuilder console) {
        try {
            return scan(profile, work, null, false, console);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void startWorker(String id) throws IOException {
        List<String> cmd = List.of(java(), "-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ScannerCli.class.getName(), "worker", "--broker", BROKER, "--queue", queue, "--store", RemoteItDatabase.storeUrl(store),
                "--work", work.toString(), "--threads", "1", "--id", id, "--dead-after", String.valueOf(DEAD_AFTER.toSeconds()));
        workers.put(id, new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(id + ".log").toFile()).start());
    }

    private void awaitAlive(String... ids) throws Exception {
        long deadline = System.nanoTime() + 90_000_000_000L;
        List<String> want = List.of(ids);
        while (System.nanoTime() < deadline) {
            List<String> alive = tableExists() ? registry().liveWorkers(DEAD_AFTER).stream().map(WorkerRegistry.WorkerRow::workerId).toList()
                    : List.of();
            if (alive.containsAll(want)) {
                return;
            }
            for (String id : ids) {
                Process p = workers.get(id);
                if (p != null && !p.isAlive()) {
                    throw new AssertionError("worker " + id + " exited: " + Files.readString(tmp.resolve(id + ".log")));
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("workers " + want + " did not come up");
    }

    private WorkerRegistry registry() {
        if (registry == null) {
            registry = new WorkerRegistry(storeDb);
        }
        return registry;
    }

    private boolean tableExists() {
        return storeDb.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?"
                + " AND table_name = 'scan_worker'").bind(0, store).mapTo(Integer.class).one()) > 0;
    }

    private Optional<String> startedRun(String profileName) {
        if (!tableExists()) {
            return Optional.empty();
        }
        return storeDb.withHandle(h -> h.createQuery("SELECT run_id FROM scan_run WHERE profile = ? AND status = 'STARTED'"
                + " ORDER BY started_at DESC LIMIT 1").bind(0, profileName).mapTo(String.class).findOne());
    }

    private long rowsCommitted(String runId) {
        return storeDb.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(records), 0) FROM scan_chunk WHERE run_id = ?")
                .bind(0, runId).mapTo(Long.class).one());
    }

    private Map<String, Integer> partitionsDone(String runId) {
        Map<String, Integer> out = new TreeMap<>();
        storeDb.useHandle(h -> h.createQuery("SELECT worker_id, COUNT(*) FROM scan_partition_lease WHERE run_id = ? AND state = 'DONE'"
                        + " GROUP BY worker_id").bind(0, runId)
                .map((rs, ctx) -> out.put(rs.getString(1), rs.getInt(2))).list());
        return out;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
