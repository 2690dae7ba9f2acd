package io.piiscanner.batch.launch;

import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.cli.CliCommand;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.testdata.demo.DemoStaging;
import io.piiscanner.testdata.salesforce.OrgGenerator;
import io.piiscanner.testdata.salesforce.SalesforceEmulator;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code ./scanner demo}: writes a seeded synthetic staging schema into an embedded H2 file database and a
 * folder of mixed files (CSV, JSONL, a .gz log, a zip) under the work directory, starts the Salesforce emulator
 * with a small synthetic org on 127.0.0.1, scans all three, prints the run folder. Needs nothing but Java.
 */
public final class DemoCommand implements CliCommand {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo     [--work DIR] [--aware-at 2026-11-26T09:00Z] [--quiet]   scans a synthetic staging schema, folder of files and emulated Salesforce org";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Path work = Path.of(".scanner-work");
        boolean quiet = false;
        java.time.Instant awareAt = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--work") && i + 1 < args.length) {
                work = Path.of(args[++i]);
            } else if (args[i].equals("--aware-at") && i + 1 < args.length) {
                try {
                    awareAt = io.piiscanner.batch.config.AwareAt.parse(args[++i]);
                } catch (IllegalArgumentException e) {
                    err.println("scanner demo: " + e.getMessage());
                    return ScannerBatchApplication.EXIT_USAGE;
                }
            } else if (args[i].equals("--quiet")) {
                quiet = true;
            } else {
                err.println("scanner demo: unknown option " + args[i]);
                return ScannerBatchApplication.EXIT_USAGE;
            }
        }
        try {
            Path demo = work.toAbsolutePath().normalize().resolve("demo");
            Path files = demo.resolve("exports");
            List<DemoStaging.Customer> customers = DemoStaging.customers(42, 200);
            String url = "jdbc:h2:file:" + demo.resolve("staging") + ";DB_CLOSE_ON_EXIT=FALSE";
            writeTables(url, customers);
            writeFiles(files, customers);
            ScanRunner.Result r;
            try (SalesforceEmulator sf = SalesforceEmulator.start(OrgGenerator.generate(42, OrgGenerator.Size.tiny()))) {
                ScanSettings s = ScanSettings.adHoc(List.of(new SourceSpec("staging", url, List.of("PUBLIC"), null),
                                new SourceSpec("exports", "dir:" + files, null, null),
                                new SourceSpec("salesforce", "salesforce:" + sf.baseUrl(), null, null)))
                        .withName("demo").withWorkDir(work).withOutputDir(work.resolve("reports")).withAwareAt(awareAt);
                // the emulator's own fake integration user, handed over in memory, never on a command line
                java.util.Map<String, String> env = java.util.Map.of("SCANNER_STAGING_USER", "sa",
                        "SCANNER_SALESFORCE_USER", sf.login().username(), "SCANNER_SALESFORCE_PASSWORD", sf.login().password(),
                        "SCANNER_SALESFORCE_TOKEN", sf.login().securityToken());
                r = new ScanRunner(new Credentials(env, new java.util.Properties()), quiet, err).run(s, false);
            }
            if (r.folder() == null) {
                err.println("scanner demo: the scan did not complete");
                return r.exitCode();
            }
            err.println("demo: reports (report.html, legal-summary.html, report.xlsx, report.json, report.csv, manifest.json) are in:");
            out.println(r.folder());
            return ScannerBatchApplication.EXIT_OK;
        } catch (Exception e) {
            err.println("scanner demo: " + e);
            return ScannerBatchApplication.EXIT_FAILED;
        }
    }

    static void writeTables(String url, List<DemoStaging.Customer> customers) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS stg_customers");
            st.execute("CREATE TABLE stg_customers (id INT PRIMARY KEY, full_name VARCHAR(100), email VARCHAR(200),"
                    + " phone VARCHAR(40), ssn VARCHAR(11), country VARCHAR(40), state VARCHAR(10), active BOOLEAN,"
                    + " updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)");
            st.execute("DROP TABLE IF EXISTS stg_orders");
            st.execute("CREATE TABLE stg_orders (order_id INT PRIMARY KEY, customer_id INT, card_number VARCHAR(25),"
                    + " amount DOUBLE, notes CLOB)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO stg_customers (id, full_name, email, phone, ssn,"
                    + " country, state, active) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)");
                 PreparedStatement o = c.prepareStatement("INSERT INTO stg_orders VALUES (?, ?, ?, ?, ?)")) {
                for (DemoStaging.Customer x : customers) {
                    p.setInt(1, x.id());
                    p.setString(2, x.name());
                    p.setString(3, x.email());
                    p.setString(4, x.phone());
                    p.setString(5, x.ssn());
                    p.setString(6, x.country());
                    p.setString(7, x.state());
                    p.addBatch();
                    o.setInt(1, 1000 + x.id());
                    o.setInt(2, x.id());
                    o.setString(3, x.card());
                    o.setDouble(4, 10 + x.id());
                    o.setString(5, x.note());
                    o.addBatch();
                }
                p.executeBatch();
                o.executeBatch();
            }
        }
    }

    static void writeFiles(Path dir, List<DemoStaging.Customer> customers) throws Exception {
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("customers_export.csv"), StandardCharsets.UTF_8)) {
            w.write("name,email,phone,country,state\n");
            for (DemoStaging.Customer c : customers.subList(0, 50)) {
                w.write(c.name() + "," + c.email() + "," + c.phone() + "," + c.country() + "," + c.state() + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
            for (DemoStaging.Customer c : customers.subList(50, 100)) {
                w.write("{\"event\":\"signup\",\"user\":{\"email\":\"" + c.email() + "\",\"ssn\":\"" + c.ssn()
                        + "\"},\"country\":\"" + c.country() + "\"}\n");
            }
        }
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("app.log.gz")))) {
            for (DemoStaging.Customer c : customers.subList(100, 150)) {
                gz.write(("2024-05-01T10:00:00Z INFO login ok user=" + c.email() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("archive.zip")))) {
            zip.putNextEntry(new ZipEntry("old/cards.csv"));
            StringBuilder sb = new StringBuilder("customer,card\n");
            for (DemoStaging.Customer c : customers.subList(150, 200)) {
                sb.append(c.name()).append(',').append(c.card()).append('\n');
            }
            zip.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
