package io.piiscanner.batch.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.batch.support.ScanHarness.Report;
import io.piiscanner.testdata.salesforce.EmulatedOrg;
import io.piiscanner.testdata.salesforce.GroundTruth;
import io.piiscanner.testdata.salesforce.SalesforceEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job sweeps the emulated org through force-wsc and report.json's per-field counts equal what the generator
 * planted: for every (object, field, entity) the number of records and of distinct values.
 */
class SalesforceEndToEndTest {

    @Test
    void sweepOfTheEmulatedOrgMatchesTheGroundTruth(@TempDir Path tmp) throws Exception {
        EmulatedOrg org = EmulatedOrgFixture.org();
        try (SalesforceEmulator e = SalesforceEmulator.start(org)) {
            Report report = ScanHarness.run(EmulatedOrgFixture.settings(tmp, e, Map.of()), EmulatedOrgFixture.env(e));
            System.out.println(report.json().path("coverage").toPrettyString().length());
            assertThat(EmulatedOrgFixture.differences(report, org.truth(), false)).isEmpty();
        }
    }
}
