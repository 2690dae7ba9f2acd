package io.piiscanner.batch.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.source.jdbc.JdbcConnector;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.batch.support.ScanHarness.Report;
import io.piiscanner.testdata.demo.DemoStaging;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JDBC source against the real PostgreSQL and MariaDB of this machine and an in-memory H2: a staging
 * schema with a few hundred rows of known PII is scanned, and every per-field count in report.json equals
 * what was inserted. The keyed table is read in keyset pages smaller than the table and split into key
 * ranges; the table without a primary key is still scanned; the source is left exactly as it was and the
 * scanner's connection refuses writes. Skips when a server is absent, fails instead in CI (see Services).
 */
class JdbcSourceIntegrationTest {

    static final int PEOPLE = 300;
    static final int NOKEY = 150;
    static final int OTHER_KEYS = 130;

    @ParameterizedTest
    @EnumSource(StagingDb.class)
    void countsEqualWhatWasInserted(StagingDb db, @TempDir Path tmp) throws Exception {
        db.assumeAvailable();
        String schema = db.newSchema();
        try (Connection admin = db.admin(schema)) {
            Expected exp = seed(db, admin);
            List<String> tables = List.of("stg_people", "stg_nokey", "stg_strkey", "stg_composite");
            String before = StagingDb.snapshot(admin, tables) + tableNames(db, admin, schema);

            // pages of 40 rows, tables over 100 rows split into key ranges: 300 rows -> 3 ranges of several pages
            ScanSettings s = ScanHarness.settings(tmp, List.of(db.source(schema)))
                    .withLimits(ScanHarness.limits(40, 25, 100));
            Report r = ScanHarness.run(s, db.env());

            String people = schema + ".stg_people";
            String nokey = schema + ".stg_nokey";
            JsonNode cov = r.coverage(people);
            assertThat(cov.path("status").asText()).isEqualTo("SCANNED");
            assertThat(cov.path("rows_present").asLong()).isEqualTo(PEOPLE);
            assertThat(cov.path("rows_scanned").asLong()).isEqualTo(PEOPLE);

            JsonNode email = r.field(people, "email");
            assertThat(email.path("rows_scanned").asLong()).isEqualTo(exp.emails);
            assertThat(email.path("rows_with_findings").asLong()).isEqualTo(exp.emails);
            assertThat(r.entityRows(people, "email", "EMAIL")).isEqualTo(exp.emails);
            assertThat(email.path("entities").path("EMAIL").path("distinct").asLong()).isEqualTo(exp.emails);

            JsonNode ssn = r.field(people, "ssn");
            assertThat(ssn.path("rows_scanned").asLong()).isEqualTo(exp.ssns);
            assertThat(ssn.path("rows_with_findings").asLong()).isEqualTo(exp.ssns);
            assertThat(r.entityRows(people, "ssn", "US_SSN")).isEqualTo(exp.ssns);

            JsonNode phone = r.field(people, "phone");
            assertThat(phone.path("rows_scanned").asLong()).isEqualTo(exp.phones);
            assertThat(r.entityRows(people, "phone", "PHONE")).isEqualTo(exp.phones);

            JsonNode note = r.field(people, "note");
            assertThat(note.path("rows_scanned").asLong()).isEqualTo(PEOPLE);
            assertThat(r.entityRows(people, "note", "EMAIL")).isEqualTo(exp.noteEmails);
            assertThat(r.fieldNames()).as("a DOUBLE / BOOLEAN column cannot hold PII and is skipped")
                    .noneMatch(f -> f.equalsIgnoreCase(people + ".score") || f.equalsIgnoreCase(people + ".active"));

            JsonNode nk = r.coverage(nokey);
            assertThat(nk.path("status").asText()).isEqualTo("SCANNED");
            assertThat(nk.path("rows_scanned").asLong()).isEqualTo(NOKEY);
            assertThat(nk.path("reason").asText()).contains("no primary key");
            assertThat(r.entityRows(nokey, "email", "EMAIL")).isEqualTo(NOKEY);
            assertThat(r.field(nokey, "email").path("rows_scanned").asLong()).isEqualTo(NOKEY);
            assertThat(r.entityRows(nokey, "ssn", "US_SSN")).isEqualTo(NOKEY);

            // keyset pagination on a text key and on a two-column key, several pages each
            for (String t : List.of("stg_strkey", "stg_composite")) {
                JsonNode c = r.coverage(schema + "." + t);
                assertThat(c.path("status").asText()).as(c.toString()).isEqualTo("SCANNED");
                assertThat(c.path("rows_scanned").asLong()).as(t).isEqualTo(OTHER_KEYS);
                assertThat(r.entityRows(schema + "." + t, "email", "EMAIL")).as(t).isEqualTo(OTHER_KEYS);
            }

            assertThat(r.json().path("totals").path("rows_scanned").asLong()).isEqualTo(PEOPLE + NOKEY + 2 * OTHER_KEYS);

            // nothing was written to the source: same tables, same rows, same values
            assertThat(StagingDb.snapshot(admin, tables) + tableNames(db, admin, schema)).isEqualTo(before);
        } finally {
            db.drop(schema);
        }
    }

    /**
     * The scanner's own connection refuses writes where the database enforces read-only transactions.
     * H2 is not listed: its {@code Connection.setReadOnly} is only a hint and it has no read-only
     * transaction, so there the guarantee is only that the scanner issues no writes (checked above).
     */
    @ParameterizedTest
    @EnumSource(value = StagingDb.class, names = {"POSTGRESQL", "MARIADB"})
    void sourceConnectionRefusesWrites(StagingDb db) throws Exception {
        db.assumeAvailable();
        String schema = db.newSchema();
        try (Connection admin = db.admin(schema)) {
            StagingDb.exec(admin, "CREATE TABLE stg_ro (id INT PRIMARY KEY, email VARCHAR(100))",
                    "INSERT INTO stg_ro VALUES (1, 'a@example.com')");
            JdbcConnector connector = new JdbcConnector(db.source(schema), new Credentials(db.env(), new Properties()));
            Handle h = connector.open();
            try {
                String table = db == StagingDb.MARIADB ? "stg_ro" : schema + ".stg_ro";
                assertThatThrownBy(() -> h.execute("INSERT INTO " + table + " VALUES (2, 'b@example.com')"))
                        .as("a write through the scanner's source connection must fail").isNotNull();
            } finally {
                JdbcConnector.close(h);
            }
            try (var st = admin.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM stg_ro")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        } finally {
            db.drop(schema);
        }
    }

    record Expected(long emails, long ssns, long phones, long noteEmails) {
    }

    static Expected seed(StagingDb db, Connection c) throws Exception {
        StagingDb.exec(c, "CREATE TABLE stg_people (id INT PRIMARY KEY, email VARCHAR(200), phone VARCHAR(40),"
                        + " ssn VARCHAR(11), note VARCHAR(400), score " + db.doubleType() + ", active BOOLEAN)",
                "CREATE TABLE stg_nokey (email VARCHAR(200), ssn VARCHAR(11))");
        List<DemoStaging.Customer> cs = DemoStaging.customers(7, PEOPLE);
        long emails = 0;
        long ssns = 0;
        long phones = 0;
        long noteEmails = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO stg_people VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= PEOPLE; i++) {
                DemoStaging.Customer x = cs.get(i - 1);
                boolean e = i % 2 == 0;
                boolean s = i % 3 == 0;
                boolean ph = i % 5 == 0;
                boolean ne = i % 7 == 0;
                p.setInt(1, i);
                p.setString(2, e ? x.email() : null);
                p.setString(3, ph ? x.phone() : null);
                p.setString(4, s ? x.ssn() : null);
                p.setString(5, ne ? "please contact " + "note" + i + "@example.org" + " about the order" : "order shipped on time");
                p.setDouble(6, i * 1.5);
                p.setBoolean(7, i % 2 == 0);
                p.addBatch();
                emails += e ? 1 : 0;
                ssns += s ? 1 : 0;
                phones += ph ? 1 : 0;
                noteEmails += ne ? 1 : 0;
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO stg_nokey VALUES (?, ?)")) {
            List<DemoStaging.Customer> more = DemoStaging.customers(11, NOKEY);
            for (DemoStaging.Customer x : more) {
                p.setString(1, x.email());
                p.setString(2, x.ssn());
                p.addBatch();
            }
            p.executeBatch();
        }
        StagingDb.exec(c, "CREATE TABLE stg_strkey (code VARCHAR(40) PRIMARY KEY, email VARCHAR(200))",
                "CREATE TABLE stg_composite (tenant INT, code VARCHAR(20), email VARCHAR(200), PRIMARY KEY (tenant, code))");
        try (PreparedStatement a = c.prepareStatement("INSERT INTO stg_strkey VALUES (?, ?)");
             PreparedStatement b = c.prepareStatement("INSERT INTO stg_composite VALUES (?, ?, ?)")) {
            for (int i = 1; i <= OTHER_KEYS; i++) {
                a.setString(1, "k-" + Integer.toString(i * 7919, 36));
                a.setString(2, "strkey" + i + "@example.net");
                a.addBatch();
                b.setInt(1, i % 3);
                b.setString(2, "c" + i);
                b.setString(3, "comp" + i + "@example.net");
                b.addBatch();
            }
            a.executeBatch();
            b.executeBatch();
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
        return new Expected(emails, ssns, phones, noteEmails);
    }

    static String tableNames(StagingDb db, Connection c, String schema) throws Exception {
        DatabaseMetaData md = c.getMetaData();
        TreeSet<String> names = new TreeSet<>();
        String cat = db == StagingDb.MARIADB ? schema : null;
        String sch = db == StagingDb.MARIADB ? null : (db == StagingDb.H2 ? schema.toUpperCase() : schema);
        try (ResultSet rs = md.getTables(cat, sch, "%", null)) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return new ArrayList<>(names).toString();
    }
}
