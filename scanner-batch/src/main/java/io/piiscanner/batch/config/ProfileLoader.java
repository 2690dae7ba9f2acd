package io.piiscanner.batch.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a YAML scan profile into {@link ScanSettings}. Unknown keys are errors, so a typo in a nightly
 * profile ({@code exlude:}) fails loudly instead of scanning more (or less) than intended.
 * The format is documented in docs/scan-job.md.
 */
public final class ProfileLoader {

    private static final Set<String> KEYS = Set.of("name", "sources", "include", "exclude", "sampling", "limits",
            "output", "work_dir", "store_url", "threads", "incremental", "min_confidence", "aware_at");

    private ProfileLoader() {
    }

    public static ScanSettings load(Path file) throws IOException {
        Object root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        }
        if (!(root instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(file + ": a scan profile is a YAML mapping");
        }
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(file + ": unknown key '" + k + "' (known: " + KEYS + ")");
            }
        }
        Path base = file.toAbsolutePath().getParent();
        ScanSettings s = ScanSettings.adHoc(sources(m.get("sources"), base));
        if (m.get("name") != null) {
            s = s.withName(String.valueOf(m.get("name")));
        }
        s = s.withFilters(strings(m.get("include")), strings(m.get("exclude")));
        if (m.get("sampling") != null) {
            s = s.withSampling(sampling(m.get("sampling")));
        }
        if (m.get("limits") instanceof Map<?, ?> lm) {
            s = s.withLimits(limits(lm));
        }
        if (m.get("output") != null) {
            s = s.withOutputDir(base.resolve(String.valueOf(m.get("output"))));
        }
        if (m.get("work_dir") != null) {
            s = s.withWorkDir(base.resolve(String.valueOf(m.get("work_dir"))));
        }
        if (m.get("store_url") != null) {
            s = s.withStoreUrl(String.valueOf(m.get("store_url")));
        }
        if (m.get("threads") != null) {
            s = s.withThreads(((Number) m.get("threads")).intValue());
        }
        if (m.get("incremental") != null) {
            s = s.withIncremental(Boolean.TRUE.equals(m.get("incremental")));
        }
        if (m.get("min_confidence") != null) {
            double c = ((Number) m.get("min_confidence")).doubleValue();
            s = new ScanSettings(s.name(), s.sources(), s.include(), s.exclude(), s.sampling(), s.limits(),
                    s.outputDir(), s.workDir(), s.storeUrl(), s.threads(), s.incremental(), c);
        }
        if (m.get("aware_at") != null) {
            s = s.withAwareAt(AwareAt.fromYaml(m.get("aware_at")));
        }
        if (s.sources().isEmpty()) {
            throw new IllegalArgumentException(file + ": the profile lists no sources");
        }
        return s;
    }

    private static List<SourceSpec> sources(Object node, Path base) {
        List<SourceSpec> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (Object o : (List<?>) node) {
            if (o instanceof String uri) {
                out.add(SourceSpec.parse(relativeDir(uri, base)));
            } else if (o instanceof Map<?, ?> sm) {
                Map<String, String> opts = options(sm.get("salesforce"));
                // fairness to the source, shared by all workers (docs/scaling.md)
                for (String k : List.of("max_concurrent", "limit_key")) {
                    if (sm.get(k) != null) {
                        opts.put(k, String.valueOf(sm.get(k)));
                    }
                }
                out.add(new SourceSpec((String) sm.get("id"), relativeDir(String.valueOf(sm.get("uri")), base),
                        strings(sm.get("schemas")), (String) sm.get("updated_at_column"), opts));
            } else {
                throw new IllegalArgumentException("a source is a URI string or a mapping with 'uri'");
            }
        }
        return out;
    }

    /** A source's {@code salesforce:} block as flat options; lists become comma-separated values. */
    private static Map<String, String> options(Object node) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("a source's 'salesforce' entry is a mapping (objects, exclude_objects,"
                    + " query_all, bulk_above, pk_chunk_size, batch_size, include_base64, login_url)");
        }
        m.forEach((k, v) -> out.put(String.valueOf(k), v instanceof List<?> l
                ? String.join(",", l.stream().map(String::valueOf).toList()) : String.valueOf(v)));
        return out;
    }

    /** A relative {@code dir:} path is relative to the profile file, not to wherever the job is started. */
    private static String relativeDir(String uri, Path base) {
        if (uri.startsWith("dir:") && !Path.of(uri.substring(4)).isAbsolute()) {
            return "dir:" + base.resolve(uri.substring(4)).normalize();
        }
        return uri;
    }

    private static Sampling sampling(Object node) {
        if (node instanceof String s && s.equals("full")) {
            return Sampling.FULL;
        }
        Map<?, ?> m = (Map<?, ?>) node;
        if (m.get("first_n") != null) {
            return Sampling.firstN(((Number) m.get("first_n")).longValue());
        }
        if (m.get("fraction") != null) {
            return Sampling.fraction(((Number) m.get("fraction")).doubleValue());
        }
        return Sampling.FULL;
    }

    private static Limits limits(Map<?, ?> m) {
        Limits d = Limits.DEFAULTS;
        return new Limits(num(m, "max_file_bytes", d.maxFileBytes()), (int) num(m, "max_value_chars", d.maxValueChars()),
                (int) num(m, "max_archive_depth", d.maxArchiveDepth()),
                m.get("max_expansion_ratio") == null ? d.maxExpansionRatio() : ((Number) m.get("max_expansion_ratio")).doubleValue(),
                num(m, "max_expanded_bytes", d.maxExpandedBytes()), (int) num(m, "page_size", d.pageSize()),
                num(m, "partition_rows", d.partitionRows()), (int) num(m, "chunk_size", d.chunkSize()));
    }

    private static long num(Map<?, ?> m, String key, long fallback) {
        Object v = m.get(key);
        return v == null ? fallback : ((Number) v).longValue();
    }

    private static List<String> strings(Object node) {
        List<String> out = new ArrayList<>();
        if (node instanceof List<?> l) {
            l.forEach(o -> out.add(String.valueOf(o)));
        } else if (node != null) {
            out.add(String.valueOf(node));
        }
        return out;
    }
}
