package io.piiscanner.batch.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.batch.support.ScanHarness.Report;
import io.piiscanner.testdata.salesforce.EmulatedOrg;
import io.piiscanner.testdata.salesforce.OrgGenerator;
import io.piiscanner.testdata.salesforce.SalesforceEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other ways of reading an org give the same ground truth: a Bulk API query job with PK chunking, Id-range
 * partitions, queryAll (soft-deleted rows too), and an incremental run that reads only what changed since the
 * previous run of the same profile (SystemModstamp).
 */
class SalesforceModesTest {

    @TempDir
    static Path tmp;
    static EmulatedOrg org;
    static SalesforceEmulator emulator;

    @BeforeAll
    static void start() throws Exception {
        org = OrgGenerator.generate(5, new OrgGenerator.Size(900, 12, 40, 20, 10, 6, 40, 20, 20, 20, 20, 30)
                .withMore(40, 30, 40, 40, 20, 20, 30, 40));
        emulator = SalesforceEmulator.start(org);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.resetCallCounts();
    }

    @Test
    void bulkQueryJobsWithPkChunkingOverIdRangesGiveTheGroundTruth() throws Exception {
        ScanSettings s = EmulatedOrgFixture.settings(tmp.resolve("bulk"), emulator,
                Map.of("bulk_above", "100", "pk_chunk_size", "150"));
        s = s.withLimits(s.limits().withPartitionRows(300));
        Report r = ScanHarness.run(s, EmulatedOrgFixture.env(emulator));
        assertThat(EmulatedOrgFixture.differences(r, org.truth(), false)).isEmpty();
        assertThat(emulator.calls()).containsKey("bulk:POST:job");
        assertThat(emulator.calls().getOrDefault("queryMore", 0L)).isZero();
        JsonNode contact = r.coverage("Contact");
        assertThat(contact.path("reason").asText()).contains("Bulk API query job").contains("PK chunking 150").contains("Id ranges");
        assertThat(contact.path("rows_scanned").asLong()).isEqualTo(900 - 12);
    }

    @Test
    void queryAllReadsSoftDeletedRowsToo() throws Exception {
        Report r = ScanHarness.run(EmulatedOrgFixture.settings(tmp.resolve("all"), emulator, Map.of("query_all", "true")),
                EmulatedOrgFixture.env(emulator));
        assertThat(EmulatedOrgFixture.differences(r, org.truth(), true)).isEmpty();
        assertThat(r.coverage("Contact").path("rows_scanned").asLong()).isEqualTo(900);
        // data is read with queryAll; only setup queries (FieldDefinition, permissions, counts of setup) use query
        assertThat(emulator.calls().get("queryAll")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void incrementalRunReadsOnlyRowsChangedSinceThePreviousRun() throws Exception {
        ScanSettings s = EmulatedOrgFixture.settings(tmp.resolve("incremental"), emulator, Map.of("objects", "Contact,Lead"))
                .withIncremental(true).withName("nightly");
        Report first = ScanHarness.run(s, EmulatedOrgFixture.env(emulator));
        assertThat(first.coverage("Contact").path("rows_scanned").asLong()).isEqualTo(900 - 12);

        // two contacts edited after the first run; one gets a new e-mail address
        var contacts = org.table("Contact");
        String now = java.time.Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
        String a = contacts.id(contacts.rows().get(3));
        String b = contacts.id(contacts.rows().get(700));
        contacts.update(a, "Email", "renamed.contact@example-mail.com", now);
        contacts.update(b, "Title", "Chief Buyer", now);

        Report second = ScanHarness.run(s, EmulatedOrgFixture.env(emulator));
        assertThat(second.coverage("Contact").path("rows_scanned").asLong()).isEqualTo(2);
        assertThat(second.coverage("Lead").path("rows_scanned").asLong()).isZero();
        assertThat(second.coverage("Contact").path("reason").asText()).contains("incremental: rows with SystemModstamp after");
        assertThat(second.entityRows("Contact", "Email", "EMAIL")).isEqualTo(2);
        assertThat(second.json().path("run").path("incremental").asBoolean()).isTrue();
    }
}
