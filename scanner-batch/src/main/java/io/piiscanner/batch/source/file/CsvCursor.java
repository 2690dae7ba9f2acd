package io.piiscanner.batch.source.file;

import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.ScanRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV/TSV rows as records; the fields are the columns (named by the sniffed header, else {@code col1..n}).
 * A row's record id is {@code row:N} (1-based, data rows only).
 */
final class CsvCursor implements RecordCursor {

    private static final FieldMetadata TEXT = FieldMetadata.ofType("csv");

    private final String source;
    private final String container;
    private final CsvParser parser;
    private final ReadWarnings warnings;
    private final List<String> header = new ArrayList<>();
    private List<String> pending;
    private long row;

    CsvCursor(String source, String container, Reader reader, int maxChars, ReadWarnings warnings) throws IOException {
        this.source = source;
        this.container = container;
        this.warnings = warnings;
        BufferedReader in = new BufferedReader(reader, 1 << 16);
        in.mark(8192);
        char[] sample = new char[8192];
        int n = in.read(sample);
        in.reset();
        char delimiter = CsvParser.sniffDelimiter(n <= 0 ? "" : new String(sample, 0, n));
        this.parser = new CsvParser(in, delimiter, maxChars, warnings);
        List<String> first = parser.nextRow();
        if (first != null && CsvParser.looksLikeHeader(first)) {
            first.forEach(h -> header.add(h.trim()));
        } else {
            pending = first;
        }
    }

    @Override
    public ScanRecord next() throws IOException {
        List<String> cells;
        do {
            cells = pending != null ? pending : parser.nextRow();
            pending = null;
            if (cells == null) {
                return null;
            }
        } while (cells.size() == 1 && cells.get(0).isEmpty()); // blank line
        row++;
        if (!header.isEmpty() && cells.size() > header.size()) {
            warnings.count("rows with more cells than the header");
        }
        ScanRecord.Builder b = ScanRecord.builder().source(source).container(container).recordId("row:" + row);
        for (int i = 0; i < cells.size(); i++) {
            String name = i < header.size() ? header.get(i) : "col" + (i + 1);
            b.field(name, cells.get(i), TEXT);
        }
        return b.build();
    }

    @Override
    public String checkpoint() {
        return Long.toString(row);
    }

    @Override
    public ReadWarnings warnings() {
        return warnings;
    }

    @Override
    public void close() {
        // the factory closes the stream
    }
}
