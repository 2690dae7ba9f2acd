package io.piiscanner.batch.config;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one scan run needs to know, resolved from a YAML profile and/or the command line. Holds no
 * credentials: those are looked up by {@link Credentials} when a source is opened, so settings can be
 * stored with the run (for a restart) and printed without leaking a password.
 *
 * @param name        profile name; runs with the same name are compared with each other (diff, incremental)
 * @param sources     what to scan
 * @param include     glob patterns a container must match (empty: everything)
 * @param exclude     glob patterns that drop a container
 * @param sampling    full scan or triage sample
 * @param limits      safety limits on reads
 * @param outputDir   where run folders are created
 * @param workDir     the work directory (job repository, findings store, fingerprint key)
 * @param storeUrl    JDBC URL of the store; null for the embedded H2 file database under workDir
 * @param threads     partitions scanned at once
 * @param incremental only rows/files changed since the last completed run of this profile
 * @param minConfidence findings below this are not counted
 * @param awareAt     when the organisation became aware of the incident (breach-notification clocks start
 *                    here); null: the run's start time, which the report states as such
 */
public record ScanSettings(String name, List<SourceSpec> sources, List<String> include, List<String> exclude,
                           Sampling sampling, Limits limits, Path outputDir, Path workDir, String storeUrl,
                           int threads, boolean incremental, double minConfidence, Instant awareAt) {

    /** Settings without a declared awareness time. */
    public ScanSettings(String name, List<SourceSpec> sources, List<String> include, List<String> exclude,
                        Sampling sampling, Limits limits, Path outputDir, Path workDir, String storeUrl,
                        int threads, boolean incremental, double minConfidence) {
        this(name, sources, include, exclude, sampling, limits, outputDir, workDir, storeUrl, threads, incremental,
                minConfidence, null);
    }

    public ScanSettings {
        Objects.requireNonNull(name, "name");
        sources = List.copyOf(sources);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(workDir, "workDir");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Defaults for an ad hoc scan: full mode, default limits, output and work folders under the current directory. */
    public static ScanSettings adHoc(List<SourceSpec> sources) {
        Path work = Path.of(".scanner-work");
        return new ScanSettings("adhoc", sources, List.of(), List.of(), Sampling.FULL, Limits.DEFAULTS,
                Path.of("scan-reports"), work, null, Math.max(2, Runtime.getRuntime().availableProcessors()),
                false, 0.5);
    }

    public ScanSettings withWorkDir(Path dir) {
        return new ScanSettings(name, sources, include, exclude, sampling, limits, outputDir, dir, storeUrl, threads,
                incremental, minConfidence, awareAt);
    }

    public ScanSettings withOutputDir(Path dir) {
        return new ScanSettings(name, sources, include, exclude, sampling, limits, dir, workDir, storeUrl, threads,
                incremental, minConfidence, awareAt);
    }

    public ScanSettings withSources(List<SourceSpec> newSources) {
        return new ScanSettings(name, newSources, include, exclude, sampling, limits, outputDir, workDir, storeUrl,
                threads, incremental, minConfidence, awareAt);
    }

    public ScanSettings withLimits(Limits newLimits) {
        return new ScanSettings(name, sources, include, exclude, sampling, newLimits, outputDir, workDir, storeUrl,
                threads, incremental, minConfidence, awareAt);
    }

    public ScanSettings withSampling(Sampling s) {
        return new ScanSettings(name, sources, include, exclude, s, limits, outputDir, workDir, storeUrl, threads,
                incremental, minConfidence, awareAt);
    }

    public ScanSettings withIncremental(boolean inc) {
        return new ScanSettings(name, sources, include, exclude, sampling, limits, outputDir, workDir, storeUrl,
                threads, inc, minConfidence, awareAt);
    }

    public ScanSettings withThreads(int n) {
        return new ScanSettings(name, sources, include, exclude, sampling, limits, outputDir, workDir, storeUrl, n,
                incremental, minConfidence, awareAt);
    }

    public ScanSettings withName(String n) {
        return new ScanSettings(n, sources, include, exclude, sampling, limits, outputDir, workDir, storeUrl, threads,
                incremental, minConfidence, awareAt);
    }

    public ScanSettings withStoreUrl(String url) {
        return new ScanSettings(name, sources, include, exclude, sampling, limits, outputDir, workDir, url, threads,
                incremental, minConfidence, awareAt);
    }

    public ScanSettings withAwareAt(Instant at) {
        return new ScanSettings(name, sources, include, exclude, sampling, limits, outputDir, workDir, storeUrl, threads,
                incremental, minConfidence, at);
    }

    public ScanSettings withFilters(List<String> inc, List<String> exc) {
        return new ScanSettings(name, sources, inc, exc, sampling, limits, outputDir, workDir, storeUrl, threads,
                incremental, minConfidence, awareAt);
    }
}
