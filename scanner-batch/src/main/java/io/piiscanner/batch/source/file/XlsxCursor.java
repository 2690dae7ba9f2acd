package io.piiscanner.batch.source.file;

import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.ScanRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * XLSX sheets read as a stream of rows (StAX over the sheet XML, shared strings read once), so a sheet of a
 * million rows costs one row of memory. Fields are named {@code Sheet!Header} (header = the sheet's first
 * row when it looks like one, else the column letter); record ids are {@code Sheet!row:N}.
 */
final class XlsxCursor implements RecordCursor {

    private static final FieldMetadata CELL = FieldMetadata.ofType("xlsx");
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        // sheet XML from an untrusted file: no DTDs, no external entities
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final String source;
    private final String container;
    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable strings;
    private final XSSFReader.SheetIterator sheets;
    private final int maxChars;
    private final ReadWarnings warnings;
    private InputStream sheetStream;
    private XMLStreamReader xml;
    private String sheetName;
    private Map<String, String> header;
    private long count;

    XlsxCursor(String source, String container, File file, int maxChars, ReadWarnings warnings) throws Exception {
        this.source = source;
        this.container = container;
        this.maxChars = maxChars;
        this.warnings = warnings;
        this.pkg = OPCPackage.open(file, PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            this.strings = new ReadOnlySharedStringsTable(pkg, false);
            this.sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        } catch (Exception | Error e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public ScanRecord next() throws Exception {
        while (true) {
            if (xml == null && !openNextSheet()) {
                return null;
            }
            Map<String, String> row = readRow();
            if (row == null) {
                closeSheet();
                continue;
            }
            if (header == null) {
                List<String> cells = new ArrayList<>(row.values());
                if (CsvParser.looksLikeHeader(cells)) {
                    header = row;
                    continue;
                }
                header = Map.of();
            }
            if (row.isEmpty()) {
                continue;
            }
            count++;
            ScanRecord.Builder b = ScanRecord.builder().source(source).container(container)
                    .recordId(sheetName + "!row:" + count);
            for (Map.Entry<String, String> c : row.entrySet()) {
                String name = header.getOrDefault(c.getKey(), c.getKey());
                b.field(sheetName + "!" + name, c.getValue(), CELL);
            }
            return b.build();
        }
    }

    private boolean openNextSheet() throws IOException, XMLStreamException {
        if (!sheets.hasNext()) {
            return false;
        }
        sheetStream = sheets.next();
        sheetName = sheets.getSheetName();
        header = null;
        xml = XML.createXMLStreamReader(sheetStream);
        return true;
    }

    private void closeSheet() throws IOException, XMLStreamException {
        xml.close();
        sheetStream.close();
        xml = null;
    }

    /** The next {@code <row>}'s non-empty cells by column letter, or null at the end of the sheet. */
    private Map<String, String> readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                Map<String, String> cells = new LinkedHashMap<>();
                boolean rowCut = false;
                String col = null;
                String type = null;
                StringBuilder text = new StringBuilder();
                boolean inValue = false;
                while (xml.hasNext()) {
                    int ev = xml.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String n = xml.getLocalName();
                        if (n.equals("c")) {
                            col = columnOf(xml.getAttributeValue(null, "r"), cells.size());
                            type = xml.getAttributeValue(null, "t");
                            text.setLength(0);
                        } else if (n.equals("v") || n.equals("t")) {
                            inValue = true;
                        }
                    } else if (ev == XMLStreamConstants.CHARACTERS && inValue) {
                        if (text.length() < maxChars) {
                            text.append(xml.getText(), 0, Math.min(xml.getTextLength(), maxChars - text.length()));
                        } else {
                            warnings.count("values truncated at " + maxChars + " chars");
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        String n = xml.getLocalName();
                        if (n.equals("v") || n.equals("t")) {
                            inValue = false;
                        } else if (n.equals("c")) {
                            String v = cellValue(type, text.toString());
                            if (v != null && !v.isEmpty()) {
                                if (cells.size() < CsvParser.MAX_CELLS) {
                                    cells.put(col, v);
                                } else {
                                    rowCut = true;
                                }
                            }
                        } else if (n.equals("row")) {
                            if (rowCut) {
                                warnings.count("rows cut at " + CsvParser.MAX_CELLS + " cells");
                            }
                            return cells;
                        }
                    }
                }
            }
        }
        return null;
    }

    private String cellValue(String type, String raw) {
        if ("s".equals(type)) {
            try {
                return strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            } catch (RuntimeException e) {
                warnings.count("cells with a bad shared-string index");
                return null;
            }
        }
        if ("b".equals(type)) {
            return null; // booleans hold no PII
        }
        return raw;
    }

    private static String columnOf(String ref, int index) {
        if (ref == null) {
            return "C" + (index + 1);
        }
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return ref.substring(0, i);
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
            if (xml != null) {
                closeSheet();
            }
        } catch (IOException | XMLStreamException ignored) {
            // read-only; nothing to recover on close
        }
        pkg.revert(); // read-only package: close without saving
    }
}
