package io.piiscanner.batch.source.jdbc;

import io.piiscanner.batch.config.Limits;
import io.piiscanner.batch.config.Sampling;
import io.piiscanner.batch.source.ContainerRef;
import io.piiscanner.batch.source.CursorFactory;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.batch.source.RecordIds;
import io.piiscanner.batch.source.Watermarks;
import org.jdbi.v3.core.Handle;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Opens table partitions of the JDBC sources; each cursor holds its own read-only connection. */
public final class JdbcCursorFactory implements CursorFactory {

    private final Map<String, JdbcConnector> connectors = new LinkedHashMap<>();
    private final Sampling sampling;
    private final Limits limits;
    private final Watermarks watermarks;
    private final RecordIds ids;
    private final CheckpointCodec codec;

    public JdbcCursorFactory(List<JdbcConnector> connectors, Sampling sampling, Limits limits, Watermarks watermarks,
                             RecordIds ids, CheckpointCodec codec) {
        connectors.forEach(c -> this.connectors.put(c.spec().id(), c));
        this.sampling = sampling;
        this.limits = limits;
        this.watermarks = watermarks;
        this.ids = ids;
        this.codec = codec;
    }

    @Override
    public boolean handles(String source) {
        return connectors.containsKey(source);
    }

    @Override
    public RecordCursor open(ContainerRef ref, String checkpoint) throws Exception {
        JdbcConnector connector = connectors.get(ref.source());
        int dot = ref.name().indexOf('.');
        String schema = ref.name().substring(0, dot);
        String table = ref.name().substring(dot + 1);
        Handle h = connector.open();
        try {
            TableInfo info = new TableCatalog(connector.dialect()).inspect(h, schema, table,
                    connector.spec().updatedAtColumn());
            String prev = watermarks.previous(ref.source(), ref.name());
            Timestamp after = prev == null ? null : Timestamp.valueOf(prev);
            return new TableCursor(h, info, ref.source(), ref.range(), sampling, ref.rowsPresent(), limits, after,
                    ids, codec, checkpoint, connector.dialect());
        } catch (Exception e) {
            JdbcConnector.close(h);
            throw e;
        }
    }
}
