package io.piiscanner.batch.source.file;

import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.ScanRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Legacy XLS (BIFF8) through POI's HSSF model. The format caps a sheet at 65,536 rows, so reading the
 * workbook into memory is bounded; fields and record ids are named as in {@link XlsxCursor}.
 */
final class XlsCursor implements RecordCursor {

    private static final FieldMetadata CELL = FieldMetadata.ofType("xls");

    private final String source;
    private final String container;
    private final HSSFWorkbook workbook;
    private final DataFormatter formatter = new DataFormatter();
    private final int maxChars;
    private final ReadWarnings warnings;
    private int sheetIndex = -1;
    private Iterator<Row> rows;
    private Map<String, String> header;
    private long count;

    XlsCursor(String source, String container, InputStream in, int maxChars, ReadWarnings warnings) throws IOException {
        this.source = source;
        this.container = container;
        this.workbook = new HSSFWorkbook(in);
        this.maxChars = maxChars;
        this.warnings = warnings;
    }

    @Override
    public ScanRecord next() {
        while (true) {
            if (rows == null || !rows.hasNext()) {
                if (++sheetIndex >= workbook.getNumberOfSheets()) {
                    return null;
                }
                rows = workbook.getSheetAt(sheetIndex).rowIterator();
                header = null;
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (Cell c : rows.next()) {
                if (c.getCellType() == CellType.BOOLEAN) {
                    continue;
                }
                String v = formatter.formatCellValue(c);
                if (!v.isEmpty()) {
                    if (v.length() > maxChars) {
                        v = v.substring(0, maxChars);
                        warnings.count("values truncated at " + maxChars + " chars");
                    }
                    cells.put(CellReference.convertNumToColString(c.getColumnIndex()), v);
                }
            }
            if (header == null) {
                List<String> vals = new ArrayList<>(cells.values());
                header = CsvParser.looksLikeHeader(vals) ? cells : Map.of();
                if (!header.isEmpty()) {
                    continue;
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            count++;
            Sheet sheet = workbook.getSheetAt(sheetIndex);
            ScanRecord.Builder b = ScanRecord.builder().source(source).container(container)
                    .recordId(sheet.getSheetName() + "!row:" + count);
            for (Map.Entry<String, String> e : cells.entrySet()) {
                b.field(sheet.getSheetName() + "!" + header.getOrDefault(e.getKey(), e.getKey()), e.getValue(), CELL);
            }
            return b.build();
        }
    }

    @Override
    public String checkpoint() {
        return Long.toString(count);
    }

    @Override
    public ReadWarnings warnings() {
        return warnings;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // opened from a stream, read-only
        }
    }
}
