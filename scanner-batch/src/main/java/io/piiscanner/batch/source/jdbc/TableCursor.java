package io.piiscanner.batch.source.jdbc;

import io.piiscanner.batch.config.Limits;
import io.piiscanner.batch.config.Sampling;
import io.piiscanner.batch.source.KeyRange;
import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.batch.source.RecordIds;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.ScanRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

import java.io.IOException;
import java.io.Reader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads one table (or one key range of it) page by page with keyset pagination: {@code WHERE key > last
 * ORDER BY key LIMIT n}. Unlike OFFSET, each page costs the same however deep into the table it is, and a
 * resumed read starts exactly after the last committed key. A table without a key is streamed in one query
 * (and restarts from the beginning); a PostgreSQL fraction sample uses {@code TABLESAMPLE BERNOULLI}.
 */
final class TableCursor implements RecordCursor {

    private final Handle handle;
    private final TableInfo table;
    private final String source;
    private final KeyRange range;
    private final Limits limits;
    private final long maxRows;
    private final Timestamp changedAfter;
    private final RecordIds ids;
    private final CheckpointCodec codec;
    private final String selectList;
    private final String from;
    private final boolean tableSample;
    private final Double sampleFraction;
    private final ReadWarnings warnings = new ReadWarnings();
    private final Deque<ScanRecord> page = new ArrayDeque<>();
    private final Map<String, FieldMetadata> metadata = new LinkedHashMap<>();
    /** Key of the last record handed out (or resumed from): the keyset position. */
    private List<Object> position;
    private final Deque<List<Object>> keyQueue = new ArrayDeque<>();
    private boolean exhausted;
    private long read;
    private long keylessOrdinal;
    private org.jdbi.v3.core.result.ResultIterable<ScanRecord> oneShot;
    private java.util.Iterator<ScanRecord> oneShotIt;

    TableCursor(Handle handle, TableInfo table, String source, KeyRange range, Sampling sampling, long rowsPresent,
                Limits limits, Timestamp changedAfter, RecordIds ids, CheckpointCodec codec, String checkpoint,
                Dialect dialect) throws SQLException {
        this.handle = handle;
        this.table = table;
        this.source = source;
        this.range = range;
        this.limits = limits;
        this.changedAfter = changedAfter;
        this.ids = ids;
        this.codec = codec;
        this.maxRows = switch (sampling.mode()) {
            case FULL -> Long.MAX_VALUE;
            case FIRST_N -> sampling.firstN();
            case FRACTION -> dialect.hasTableSample() ? Long.MAX_VALUE
                    : Math.max(1, (long) Math.ceil(sampling.fraction() * Math.max(rowsPresent, 0)));
        };
        this.tableSample = sampling.mode() == Sampling.Mode.FRACTION && dialect.hasTableSample();
        this.sampleFraction = tableSample ? sampling.fraction() : null;
        StringJoiner cols = new StringJoiner(", ");
        List<String> names = new ArrayList<>();
        for (ColumnInfo k : table.key()) {
            cols.add(TableCatalog.quote(handle, k.name()));
            names.add(k.name());
        }
        for (ColumnInfo c : table.scanned()) {
            metadata.put(c.name(), new FieldMetadata(c.typeName() == null ? null : c.typeName().toLowerCase(java.util.Locale.ROOT),
                    null, c.size() > 0 ? c.size() : null, Map.of()));
            if (!names.contains(c.name())) {
                cols.add(TableCatalog.quote(handle, c.name()));
                names.add(c.name());
            }
        }
        this.selectList = cols.toString();
        this.from = TableCatalog.qualified(handle, table);
        if (checkpoint != null && !table.key().isEmpty() && !tableSample) {
            this.position = codec.decode(checkpoint);
        }
    }

    @Override
    public ScanRecord next() throws Exception {
        if (read >= maxRows) {
            return null;
        }
        if (table.key().isEmpty() || tableSample) {
            return nextStreamed();
        }
        if (page.isEmpty() && !exhausted) {
            fetchPage();
        }
        ScanRecord r = page.poll();
        if (r != null) {
            read++;
            position = keyQueue.poll();
        }
        return r;
    }

    /** The key of the last record handed out, encrypted; null when this read cannot resume mid-way. */
    @Override
    public String checkpoint() {
        if (table.key().isEmpty() || tableSample || position == null) {
            return null;
        }
        return codec.encode(position);
    }

    private void fetchPage() throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(selectList).append(" FROM ").append(from);
        List<String> where = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        String keyExpr = keyExpression();
        if (position != null) {
            String ph = String.join(", ", java.util.Collections.nCopies(position.size(), "?"));
            where.add(table.key().size() == 1 ? keyExpr + " > ?" : "(" + keyExpr + ") > (" + ph + ")");
            binds.addAll(position);
        }
        addRangeAndChange(where, binds);
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        long want = Math.min(limits.pageSize(), maxRows - read);
        sql.append(" ORDER BY ").append(keyExpr).append(" LIMIT ").append(want);
        Query q = handle.createQuery(sql.toString());
        for (int i = 0; i < binds.size(); i++) {
            q.bind(i, binds.get(i));
        }
        List<Object[]> keys = new ArrayList<>();
        List<ScanRecord> rows = q.setFetchSize((int) want).map((rs, ctx) -> {
            Object[] key = new Object[table.key().size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = rs.getObject(table.key().get(i).name());
            }
            keys.add(key);
            return toRecord(rs, keyString(key));
        }).list();
        if (rows.size() < want) {
            exhausted = true;
        }
        for (int i = 0; i < rows.size(); i++) {
            page.add(rows.get(i));
        }
        keyQueue.clear();
        keys.forEach(k -> keyQueue.add(java.util.Arrays.asList(k)));
    }

    private String keyExpression() throws SQLException {
        StringJoiner j = new StringJoiner(", ");
        for (ColumnInfo k : table.key()) {
            j.add(TableCatalog.quote(handle, k.name()));
        }
        return j.toString();
    }

    private void addRangeAndChange(List<String> where, List<Object> binds) throws SQLException {
        if (!range.isAll()) {
            String k = TableCatalog.quote(handle, table.key().get(0).name());
            if (range.lo() != null) {
                where.add(k + " >= ?");
                binds.add(range.lo());
            }
            if (range.hi() != null) {
                where.add(k + " < ?");
                binds.add(range.hi());
            }
        }
        if (changedAfter != null && table.updatedAt() != null) {
            where.add(TableCatalog.quote(handle, table.updatedAt().name()) + " > ?");
            binds.add(changedAfter);
        }
    }

    private ScanRecord nextStreamed() throws SQLException {
        if (oneShotIt == null) {
            StringBuilder sql = new StringBuilder("SELECT ").append(selectList).append(" FROM ").append(from);
            if (tableSample) {
                sql.append(" TABLESAMPLE BERNOULLI (").append(sampleFraction * 100).append(") REPEATABLE (42)");
            }
            List<String> where = new ArrayList<>();
            List<Object> binds = new ArrayList<>();
            addRangeAndChange(where, binds);
            if (!where.isEmpty()) {
                sql.append(" WHERE ").append(String.join(" AND ", where));
            }
            Query q = handle.createQuery(sql.toString());
            for (int i = 0; i < binds.size(); i++) {
                q.bind(i, binds.get(i));
            }
            oneShot = q.setFetchSize(limits.pageSize()).map((rs, ctx) -> {
                String key;
                if (table.key().isEmpty()) {
                    key = "row:" + (++keylessOrdinal);
                } else {
                    Object[] k = new Object[table.key().size()];
                    for (int i = 0; i < k.length; i++) {
                        k[i] = rs.getObject(table.key().get(i).name());
                    }
                    key = keyString(k);
                }
                return toRecord(rs, key);
            });
            oneShotIt = oneShot.iterator();
        }
        if (!oneShotIt.hasNext()) {
            return null;
        }
        read++;
        return oneShotIt.next();
    }

    private String keyString(Object[] key) {
        StringJoiner j = new StringJoiner("|");
        for (Object o : key) {
            j.add(String.valueOf(o));
        }
        return ids.of(j.toString());
    }

    private ScanRecord toRecord(ResultSet rs, String recordId) throws SQLException {
        ScanRecord.Builder b = ScanRecord.builder().source(source).container(table.name()).recordId(recordId);
        for (ColumnInfo c : table.scanned()) {
            String v;
            if (ColumnTypes.isLob(c.jdbcType())) {
                v = readLimited(rs.getCharacterStream(c.name()));
            } else {
                v = rs.getString(c.name());
                if (v != null && v.length() > limits.maxValueChars()) {
                    v = v.substring(0, limits.maxValueChars());
                    warnings.count("values truncated at " + limits.maxValueChars() + " chars");
                }
            }
            b.field(c.name(), v, metadata.get(c.name()));
        }
        return b.build();
    }

    /** Reads at most maxValueChars of a LOB; the rest is never fetched into memory. */
    private String readLimited(Reader r) throws SQLException {
        if (r == null) {
            return null;
        }
        try (r) {
            char[] buf = new char[Math.min(limits.maxValueChars(), 1 << 16)];
            StringBuilder sb = new StringBuilder();
            int n;
            while (sb.length() < limits.maxValueChars() && (n = r.read(buf, 0, Math.min(buf.length, limits.maxValueChars() - sb.length()))) > 0) {
                sb.append(buf, 0, n);
            }
            if (sb.length() >= limits.maxValueChars() && r.read() >= 0) {
                warnings.count("values truncated at " + limits.maxValueChars() + " chars");
            }
            return sb.toString();
        } catch (IOException e) {
            throw new SQLException("cannot read a LOB column", e);
        }
    }

    @Override
    public ReadWarnings warnings() {
        return warnings;
    }

    @Override
    public void close() {
        if (oneShot != null) {
            oneShotIt = null;
        }
        JdbcConnector.close(handle);
    }
}
