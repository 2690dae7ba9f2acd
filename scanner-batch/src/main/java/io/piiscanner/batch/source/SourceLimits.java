package io.piiscanner.batch.source;

import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.store.SourceSlots;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fairness to sources: how many partitions of each source of a run may read at once, over all threads and all
 * workers ({@link SourceSlots} shared through the work store). A source's limit is its profile key
 * {@code max_concurrent} (a database's connection limit; for Salesforce, what the org's concurrent request limit
 * leaves for the scan); by default Salesforce sources are held to {@value #SALESFORCE_DEFAULT} and the others are
 * not limited. Partitions of sources with the same {@link #key} share the slots, across runs and profiles.
 */
public final class SourceLimits {

    /** Salesforce counts long-running requests per org (25 in production); leave room for the org's other users. */
    public static final int SALESFORCE_DEFAULT = 10;

    private final SourceSlots slots;
    private final Map<String, SourceSpec> sources = new LinkedHashMap<>();

    public SourceLimits(SourceSlots slots, List<SourceSpec> specs) {
        this.slots = slots;
        specs.forEach(s -> sources.put(s.id(), s));
    }

    /** No limits at all (tests, tools). */
    public static SourceLimits none() {
        return new SourceLimits(null, List.of());
    }

    /** The concurrency limit of a source, 0 for none. */
    public static int limit(SourceSpec spec) {
        String v = spec.options().get("max_concurrent");
        if (v != null && !v.isBlank()) {
            int n = Integer.parseInt(v.trim());
            if (n < 1) {
                throw new IllegalArgumentException("source '" + spec.id() + "': max_concurrent must be at least 1");
            }
            return n;
        }
        return spec.isSalesforce() ? SALESFORCE_DEFAULT : 0;
    }

    /**
     * What names a source for its shared limits: the profile's {@code limit_key}, else the source's URI without
     * its query string (which may carry a user name) and its id.
     */
    public static String key(SourceSpec spec) {
        String k = spec.options().get("limit_key");
        if (k != null && !k.isBlank()) {
            return k.trim();
        }
        return spec.uri().replaceFirst("[?;].*$", "") + "#" + spec.id();
    }

    /** Takes a slot of {@code sourceId} (blocking while every slot is taken); {@link SourceSlots#NONE} when unlimited. */
    public SourceSlots.Slot enter(String sourceId) throws InterruptedException {
        SourceSpec spec = sources.get(sourceId);
        if (spec == null || slots == null) {
            return SourceSlots.NONE;
        }
        int limit = limit(spec);
        return limit <= 0 ? SourceSlots.NONE : slots.acquire(key(spec), limit);
    }
}
