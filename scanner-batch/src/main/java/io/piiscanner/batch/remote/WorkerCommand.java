package io.piiscanner.batch.remote;

import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.cli.CliCommand;
import io.piiscanner.batch.config.Credentials;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./scanner worker}: a worker JVM of remote-partitioned scans. It needs the broker ({@code --broker} or
 * {@code SCANNER_BROKER_URL}) and the managers' PostgreSQL work store ({@code --store} or
 * {@code SCANNER_STORE_URL}); credentials only from the environment or {@code --credentials-file}.
 */
public final class WorkerCommand implements CliCommand {

    public static final String ENV_STORE_URL = "SCANNER_STORE_URL";

    private final Map<String, String> env;

    public WorkerCommand() {
        this(System.getenv());
    }

    WorkerCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public String usage() {
        return "worker   --broker amqp://HOST[:PORT][/VHOST] --store jdbc:postgresql://... [--queue NAME] [--threads N]\n"
                + "           [--work DIR] [--credentials-file F] [--idle-exit SECONDS] [--dead-after SECONDS]\n"
                + "           [--connect-timeout SECONDS] [--id NAME] [--quiet]\n"
                + "           runs partitions of 'scan --workers remote' (docs/scaling.md); broker and store may come from\n"
                + "           SCANNER_BROKER_URL and SCANNER_STORE_URL; passwords only from the environment or the credentials file";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Worker worker;
        try {
            worker = parse(args, err);
        } catch (IllegalArgumentException e) {
            err.println("scanner worker: " + e.getMessage());
            err.println("usage: scanner " + usage());
            return ScannerBatchApplication.EXIT_USAGE;
        } catch (Exception e) {
            err.println("scanner worker: " + e.getMessage());
            return ScannerBatchApplication.EXIT_USAGE;
        }
        return worker.run();
    }

    Worker parse(String[] args, PrintStream err) throws Exception {
        String broker = null;
        String store = null;
        String queue = PartitionMessages.DEFAULT_QUEUE;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        Path work = Path.of(".scanner-work");
        Path credentialsFile = null;
        Duration idle = null;
        Duration deadAfter = WorkerOptions.DEFAULT_DEAD_AFTER;
        Duration connect = Duration.ofSeconds(30);
        String id = null;
        boolean quiet = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--broker" -> broker = value(args, ++i, a);
                case "--store" -> store = value(args, ++i, a);
                case "--queue" -> queue = value(args, ++i, a);
                case "--threads" -> threads = positive(value(args, ++i, a), a);
                case "--work" -> work = Path.of(value(args, ++i, a));
                case "--credentials-file" -> credentialsFile = Path.of(value(args, ++i, a));
                case "--idle-exit" -> idle = Duration.ofSeconds(positive(value(args, ++i, a), a));
                case "--dead-after" -> deadAfter = Duration.ofSeconds(positive(value(args, ++i, a), a));
                case "--connect-timeout" -> connect = Duration.ofSeconds(Integer.parseInt(value(args, ++i, a)));
                case "--id" -> id = value(args, ++i, a);
                case "--quiet", "-q" -> quiet = true;
                case "--password", "--pass", "-p" -> throw new IllegalArgumentException(
                        "passwords are not accepted as arguments: use the environment or --credentials-file");
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        Credentials credentials = Credentials.fromEnvironment(credentialsFile);
        BrokerSettings b = BrokerSettings.resolve(broker, credentials, env).orElseThrow(() -> new IllegalArgumentException(
                "no message broker: a worker takes its partitions from RabbitMQ; give --broker amqp://HOST:5672 or set "
                        + BrokerSettings.ENV_URL));
        if (store == null) {
            store = env.get(ENV_STORE_URL);
        }
        if (store == null || !store.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a worker needs the manager's PostgreSQL work store: give --store "
                    + "jdbc:postgresql://HOST:5432/DB (as the manager's store_url) or set " + ENV_STORE_URL);
        }
        if (store.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException("the store URL must not carry a password: set SCANNER_STORE_PASSWORD or use"
                    + " --credentials-file (store.password)");
        }
        if (id == null) {
            id = Worker.host() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 4);
        }
        WorkerOptions o = new WorkerOptions(id, b, queue, store, work, threads, deadAfter, connect, idle, quiet);
        return new Worker(o, credentials, err);
    }

    private static int positive(String v, String option) {
        int n = Integer.parseInt(v);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return n;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
