package io.piiscanner.batch.source.jdbc;

import io.piiscanner.batch.config.Limits;
import io.piiscanner.batch.config.Sampling;
import io.piiscanner.batch.source.ContainerFilter;
import io.piiscanner.batch.source.ContainerKind;
import io.piiscanner.batch.source.DiscoveredContainer;
import io.piiscanner.batch.source.FailureReasons;
import io.piiscanner.batch.source.KeyRange;
import io.piiscanner.batch.source.SourceDiscovery;
import io.piiscanner.batch.source.Watermarks;
import org.jdbi.v3.core.Handle;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists the tables of a staging database as containers: counts rows, decides which columns are read,
 * splits large tables with an integer key into key ranges of equal width (one partition each; at most
 * {@code partition_rows} rows each, and at least four a scan thread for tables of 50,000 rows or more), and for incremental scans
 * takes the updated-at column's current maximum as the next high-water mark.
 */
public final class JdbcDiscovery implements SourceDiscovery {

    private final JdbcConnector connector;
    private final ContainerFilter filter;
    private final Sampling sampling;
    private final Limits limits;
    private final boolean incremental;
    private final Watermarks watermarks;
    private final int threads;

    /** Tables with at least this many rows are split so that every scan thread has work to the end. */
    static final long MIN_SPLIT_ROWS = 50_000;

    public JdbcDiscovery(JdbcConnector connector, ContainerFilter filter, Sampling sampling, Limits limits,
                         boolean incremental, Watermarks watermarks, int threads) {
        this.connector = connector;
        this.filter = filter;
        this.sampling = sampling;
        this.limits = limits;
        this.incremental = incremental;
        this.watermarks = watermarks;
        this.threads = Math.max(1, threads);
    }

    @Override
    public List<DiscoveredContainer> discover() throws SQLException {
        String source = connector.spec().id();
        List<DiscoveredContainer> out = new ArrayList<>();
        Handle h = connector.open();
        try {
            TableCatalog catalog = new TableCatalog(connector.dialect());
            for (String[] st : catalog.tables(h, connector.spec().schemas())) {
                String name = st[0] + "." + st[1];
                if (!filter.accepts(name)) {
                    continue;
                }
                try {
                    out.add(table(h, catalog, source, st[0], st[1]));
                } catch (SQLException e) {
                    out.add(DiscoveredContainer.failed(source, name, ContainerKind.TABLE, FailureReasons.describe(e)));
                    h.getConnection().rollback(); // PostgreSQL aborts the transaction after an error
                }
            }
        } finally {
            JdbcConnector.close(h);
        }
        return out;
    }

    private DiscoveredContainer table(Handle h, TableCatalog catalog, String source, String schema, String table)
            throws SQLException {
        TableInfo t = catalog.inspect(h, schema, table, connector.spec().updatedAtColumn());
        if (t.scanned().isEmpty()) {
            return DiscoveredContainer.skipped(source, t.name(), ContainerKind.TABLE, "no column whose type can hold PII ("
                    + t.skipped().stream().map(c -> c.name() + " " + c.typeName()).collect(Collectors.joining(", ")) + ")");
        }
        String from = TableCatalog.qualified(h, t);
        long rows = h.createQuery("SELECT COUNT(*) FROM " + from).mapTo(Long.class).one();
        List<String> notes = new ArrayList<>();
        if (!t.skipped().isEmpty()) {
            notes.add("columns skipped by type: " + t.skipped().stream().map(ColumnInfo::name).collect(Collectors.joining(", ")));
        }
        if (t.key().isEmpty()) {
            notes.add("no primary key: read in one pass");
        }
        String watermark = null;
        if (incremental) {
            if (t.updatedAt() == null) {
                notes.add("no updated-at column: read in full");
            } else {
                Timestamp max = h.createQuery("SELECT MAX(" + TableCatalog.quote(h, t.updatedAt().name()) + ") FROM " + from)
                        .mapTo(Timestamp.class).one();
                watermark = max == null ? null : max.toString();
                String prev = watermarks.previous(source, t.name());
                if (prev != null) {
                    notes.add("incremental: rows with " + t.updatedAt().name() + " after " + prev);
                }
            }
        }
        if (!sampling.isFull()) {
            notes.add("sample: " + sampling);
        }
        List<KeyRange> ranges = List.of(KeyRange.ALL);
        if (sampling.isFull() && t.hasIntegerKey() && (rows > limits.partitionRows() || rows >= MIN_SPLIT_ROWS && threads > 1)) {
            ranges = split(h, t, from, rows);
        }
        return DiscoveredContainer.pending(source, t.name(), ContainerKind.TABLE, rows, ranges, watermark,
                notes.isEmpty() ? null : String.join("; ", notes));
    }

    private List<KeyRange> split(Handle h, TableInfo t, String from, long rows) throws SQLException {
        String k = TableCatalog.quote(h, t.key().get(0).name());
        Long min = h.createQuery("SELECT MIN(" + k + ") FROM " + from).mapTo(Long.class).one();
        Long max = h.createQuery("SELECT MAX(" + k + ") FROM " + from).mapTo(Long.class).one();
        if (min == null || max == null) {
            return List.of(KeyRange.ALL);
        }
        // at most partitionRows a range; and for a big table at least four ranges a thread, so that the threads
        // take ranges from the queue until the end instead of one thread finishing a last large range alone
        long parts = (rows + limits.partitionRows() - 1) / limits.partitionRows();
        if (rows >= MIN_SPLIT_ROWS && threads > 1) {
            parts = Math.max(parts, Math.min(4L * threads, rows / (MIN_SPLIT_ROWS / 4)));
        }
        parts = Math.max(1, Math.min(256, parts));
        long width = Math.max(1, (max - min + parts) / parts);
        List<KeyRange> out = new ArrayList<>();
        for (long i = 0; i < parts; i++) {
            Long lo = i == 0 ? null : min + i * width;
            Long hi = i == parts - 1 ? null : min + (i + 1) * width;
            out.add(new KeyRange(lo, hi));
        }
        return out;
    }
}
