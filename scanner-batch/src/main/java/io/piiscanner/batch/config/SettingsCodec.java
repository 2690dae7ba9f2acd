package io.piiscanner.batch.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ScanSettings} as JSON, stored with a run ({@code scan_run.settings}) so that remote workers read the
 * run's sources, filters, sampling and limits from the shared store instead of from their own command line.
 * Settings hold no credential (URIs with a password are refused when they are parsed), so neither does this.
 */
public final class SettingsCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SettingsCodec() {
    }

    public static String encode(ScanSettings s) {
        return encode(s, null);
    }

    /** With the key check value of the run's fingerprint key (see ScannerConfiguration#keyCheck). */
    public static String encode(ScanSettings s, String keyCheck) {
        ObjectNode n = JSON.createObjectNode();
        if (keyCheck != null) {
            n.put("key_check", keyCheck);
        }
        n.put("name", s.name());
        ArrayNode sources = n.putArray("sources");
        for (SourceSpec spec : s.sources()) {
            ObjectNode o = sources.addObject();
            o.put("id", spec.id());
            o.put("uri", spec.uri());
            ArrayNode schemas = o.putArray("schemas");
            spec.schemas().forEach(schemas::add);
            o.put("updated_at_column", spec.updatedAtColumn());
            ObjectNode opts = o.putObject("options");
            new java.util.TreeMap<>(spec.options()).forEach(opts::put);
        }
        ArrayNode inc = n.putArray("include");
        s.include().forEach(inc::add);
        ArrayNode exc = n.putArray("exclude");
        s.exclude().forEach(exc::add);
        ObjectNode sampling = n.putObject("sampling");
        sampling.put("mode", s.sampling().mode().name());
        sampling.put("first_n", s.sampling().firstN());
        sampling.put("fraction", s.sampling().fraction());
        Limits l = s.limits();
        ObjectNode limits = n.putObject("limits");
        limits.put("max_file_bytes", l.maxFileBytes());
        limits.put("max_value_chars", l.maxValueChars());
        limits.put("max_archive_depth", l.maxArchiveDepth());
        limits.put("max_expansion_ratio", l.maxExpansionRatio());
        limits.put("max_expanded_bytes", l.maxExpandedBytes());
        limits.put("page_size", l.pageSize());
        limits.put("partition_rows", l.partitionRows());
        limits.put("chunk_size", l.chunkSize());
        n.put("output", s.outputDir().toString());
        n.put("work_dir", s.workDir().toString());
        n.put("store_url", s.storeUrl());
        n.put("threads", s.threads());
        n.put("incremental", s.incremental());
        n.put("min_confidence", s.minConfidence());
        n.put("aware_at", s.awareAt() == null ? null : s.awareAt().toString());
        return n.toString();
    }

    public static ScanSettings decode(String json) throws IOException {
        JsonNode n = JSON.readTree(json);
        List<SourceSpec> sources = new ArrayList<>();
        for (JsonNode o : n.path("sources")) {
            Map<String, String> opts = new LinkedHashMap<>();
            o.path("options").fields().forEachRemaining(e -> opts.put(e.getKey(), e.getValue().asText()));
            sources.add(new SourceSpec(o.path("id").asText(), o.path("uri").asText(), strings(o.path("schemas")),
                    o.path("updated_at_column").isNull() ? null : o.path("updated_at_column").asText(null), opts));
        }
        JsonNode sm = n.path("sampling");
        Sampling sampling = switch (Sampling.Mode.valueOf(sm.path("mode").asText("FULL"))) {
            case FULL -> Sampling.FULL;
            case FIRST_N -> Sampling.firstN(sm.path("first_n").asLong());
            case FRACTION -> Sampling.fraction(sm.path("fraction").asDouble());
        };
        JsonNode l = n.path("limits");
        Limits limits = new Limits(l.path("max_file_bytes").asLong(), l.path("max_value_chars").asInt(),
                l.path("max_archive_depth").asInt(), l.path("max_expansion_ratio").asDouble(),
                l.path("max_expanded_bytes").asLong(), l.path("page_size").asInt(), l.path("partition_rows").asLong(),
                l.path("chunk_size").asInt());
        String aware = n.path("aware_at").isNull() ? null : n.path("aware_at").asText(null);
        String store = n.path("store_url").isNull() ? null : n.path("store_url").asText(null);
        return new ScanSettings(n.path("name").asText(), sources, strings(n.path("include")), strings(n.path("exclude")),
                sampling, limits, Path.of(n.path("output").asText()), Path.of(n.path("work_dir").asText()), store,
                n.path("threads").asInt(1), n.path("incremental").asBoolean(), n.path("min_confidence").asDouble(),
                aware == null ? null : Instant.parse(aware));
    }

    /** The key check value stored with the settings, or null. */
    public static String keyCheck(String json) throws IOException {
        JsonNode k = JSON.readTree(json).path("key_check");
        return k.isTextual() ? k.asText() : null;
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }
}
