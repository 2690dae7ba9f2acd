package io.piiscanner.batch.job;

import io.piiscanner.batch.config.ScanSettings;

import java.time.Instant;

/** The run this process executes: one process, one run. {@code changedSince} is set for incremental runs. */
public record RunContext(String runId, ScanSettings settings, String operator, Instant started, String previousRunId,
                         Instant changedSince, boolean quiet) {
}
