package io.piiscanner.batch.salesforce;

import io.piiscanner.batch.support.WorkDatabaseDump;
import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.support.ScanHarness.Report;
import io.piiscanner.testdata.salesforce.EmulatedOrg;
import io.piiscanner.testdata.salesforce.OrgGenerator;
import io.piiscanner.testdata.salesforce.SalesforceEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Salesforce scan through the CLI, with a session dropped and a 503 mid-scan so the error paths run too,
 * leaves no secret and no raw value anywhere it writes: not the password, the security token or any session id
 * the org issued, and none of the planted e-mail addresses, SSNs or card numbers, in stdout, stderr, the log,
 * the run folder (XLSX members included), the work directory's files or any table of the work database
 * (Spring Batch's contexts decoded).
 */
class SalesforceCanaryTest {

    @Test
    void noCredentialOrPlantedValueLeavesTheOrg(@TempDir Path tmp) throws Exception {
        EmulatedOrg org = OrgGenerator.generate(31, OrgGenerator.Size.tiny());
        try (SalesforceEmulator e = SalesforceEmulator.start(org)) {
            Path creds = tmp.resolve("sf.properties");
            // the source id of a plain "salesforce:" source is "salesforce"
            Files.writeString(creds, "salesforce.user=" + e.login().username() + "\nsalesforce.password="
                    + e.login().password() + "\nsalesforce.token=" + e.login().securityToken() + "\n");
            e.faults().invalidSessionAfter(6).httpErrorOnCall(10, 503);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
            ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
            PrintStream realOut = System.out;
            PrintStream realErr = System.err;
            int code;
            try {
                System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
                code = ScannerBatchApplication.run(new String[] {"scan", "--source", "salesforce:" + e.baseUrl(),
                                "--credentials-file", creds.toString(), "--work", tmp.resolve("work").toString(),
                                "--output", tmp.resolve("reports").toString(), "--threads", "2"},
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            } finally {
                System.setOut(realOut);
                System.setErr(realErr);
            }
            String stdout = out.toString(StandardCharsets.UTF_8);
            String stderr = err.toString(StandardCharsets.UTF_8) + sysOut.toString(StandardCharsets.UTF_8)
                    + sysErr.toString(StandardCharsets.UTF_8);
            assertThat(code).as(stderr).isIn(0, 3);
            assertThat(e.faults().fired("SESSIONS_DROPPED")).isEqualTo(1);
            assertThat(e.faults().fired("HTTP_503")).as(e.calls().toString()).isEqualTo(1);
            String[] lines = stdout.trim().split("\n");
            Report report = Report.read(Path.of(lines[lines.length - 1].trim()));

            // the planted values were found, so "not leaked" means something
            assertThat(report.entityRows("Contact", "Email", "EMAIL")).as(report.json().path("coverage").toString()).isPositive();
            assertThat(report.entityRows("Legacy_Import__c", "Legacy_Ref__c", "US_SSN")).isEqualTo(20);
            assertThat(report.entityRows("ContactPointEmail", "EmailAddress", "EMAIL")).isPositive();
            assertThat(report.entityRows("ContactPointPhone", "TelephoneNumber", "PHONE")).isPositive();

            Set<String> canaries = new LinkedHashSet<>();
            canaries.add(e.login().password());
            canaries.add(e.login().securityToken());
            canaries.add(e.login().password() + e.login().securityToken());
            assertThat(e.issuedSessionIds()).hasSizeGreaterThanOrEqualTo(2);
            for (String s : e.issuedSessionIds()) {
                canaries.add(s);
                canaries.add(s.substring(s.indexOf('!') + 1)); // the secret half on its own
            }
            canaries.addAll(planted(org, "Contact", "Email", 30));
            canaries.addAll(planted(org, "Legacy_Import__c", "Legacy_Ref__c", 20));
            canaries.addAll(planted(org, "Account", "PersonEmail", 10));
            canaries.addAll(planted(org, "ContactPointEmail", "EmailAddress", 10));
            canaries.addAll(planted(org, "ContactPointPhone", "TelephoneNumber", 10));
            for (String[] row : org.table("Legacy_Import__c").rows()) {
                String notes = org.table("Legacy_Import__c").value(row, "Notes2__c");
                int at = notes.indexOf("card on file ");
                if (at >= 0) {
                    String card = notes.substring(at + 13, at + 13 + 19);
                    canaries.add(card);
                    canaries.add(card.replace(" ", ""));
                }
            }
            for (String s : List.copyOf(canaries)) {
                if (s.startsWith("SSN ")) {
                    canaries.add(s.substring(4));
                    canaries.add(s.substring(4).replace("-", ""));
                }
            }
            assertThat(canaries).hasSizeGreaterThan(60);

            List<String> leaks = new ArrayList<>();
            leaks.addAll(find("stdout", stdout, canaries));
            leaks.addAll(find("stderr/log", stderr, canaries));
            try (Stream<Path> all = Files.walk(tmp.resolve("reports"))) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    leaks.addAll(findInFile(p, canaries));
                }
            }
            try (Stream<Path> all = Files.walk(tmp.resolve("work"))) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    leaks.addAll(find("raw " + p, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1), canaries));
                }
            }
            List<String> tables = new ArrayList<>();
            leaks.addAll(dumpWorkDatabase(tmp.resolve("work"), tables, canaries));
            assertThat(tables).contains("BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "SCAN_CHUNK_FINDINGS",
                    "SCAN_SOURCE_DATA", "SCAN_SOURCE_COUNTER");
            assertThat(leaks).as("credentials or planted values found outside the org").isEmpty();
        }
    }

    static List<String> planted(EmulatedOrg org, String object, String field, int n) {
        List<String> out = new ArrayList<>();
        for (String[] row : org.table(object).rows()) {
            String v = org.table(object).value(row, field);
            if (v != null && out.size() < n) {
                out.add(v);
            }
        }
        return out;
    }

    static List<String> find(String where, String text, Set<String> canaries) {
        List<String> out = new ArrayList<>();
        for (String c : canaries) {
            if (text.contains(c)) {
                out.add("'" + c.substring(0, Math.min(6, c.length())) + "...' in " + where);
            }
        }
        return out;
    }

    static List<String> findInFile(Path p, Set<String> canaries) throws Exception {
        byte[] bytes = Files.readAllBytes(p);
        List<String> out = new ArrayList<>(find(p.toString(), new String(bytes, StandardCharsets.ISO_8859_1), canaries));
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipInputStream z = new ZipInputStream(Files.newInputStream(p))) {
                ZipEntry entry;
                while ((entry = z.getNextEntry()) != null) {
                    out.addAll(find(p + "!/" + entry.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8), canaries));
                }
            }
        }
        return out;
    }

    static List<String> dumpWorkDatabase(Path work, List<String> tables, Set<String> canaries) throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> t : WorkDatabaseDump.tables(work).entrySet()) {
            tables.add(WorkDatabaseDump.tableName(t.getKey()));
            leaks.addAll(find("table " + WorkDatabaseDump.tableName(t.getKey()), t.getValue(), canaries));
        }
        return leaks;
    }
}
