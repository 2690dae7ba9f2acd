package io.piiscanner.batch.store;

import io.piiscanner.core.model.Finding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The findings of one chunk as one value of {@code scan_chunk_findings.data}. One row a chunk instead of one
 * row a finding: an embedded H2 inserts about 50,000 rows a second, and a million-row table has millions of
 * findings, so a row per finding would cost more than detecting them. Not compressed, so what the store holds
 * stays as inspectable as a table (the canary test reads it byte by byte): record ids (hashed where the key
 * could be personal data), field and entity names, spans, confidence, detector, masked preview, fingerprint.
 *
 * <p>Format (version 1): {@code 0x01}, a string table (varint count, then each string as varint length +
 * UTF-8), varint record count; per record: record id (string), jurisdiction (table index), varint finding
 * count; per finding: field, entity (table indexes), varint start, varint end, confidence (IEEE double),
 * detector (table index + 1, 0 for none), masked preview (string, length + 1, 0 for none), fingerprint
 * (length byte, 0 for none, then the raw bytes of the hex HMAC).
 */
public final class ChunkFindings {

    static final int VERSION = 1;

    private ChunkFindings() {
    }

    /** Collects records and encodes them. */
    public static final class Encoder {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> strings = new ArrayList<>();
        private final ByteSink body = new ByteSink(1 << 12);
        private int records;
        private int findings;

        /** Adds a record with at least one finding. */
        public void add(String recordId, String jurisdiction, List<Finding> recordFindings) {
            records++;
            body.string(recordId);
            body.varint(idx(jurisdiction));
            body.varint(recordFindings.size());
            for (Finding f : recordFindings) {
                findings++;
                body.varint(idx(f.field()));
                body.varint(idx(f.entity()));
                body.varint(f.start());
                body.varint(f.end());
                body.doubleBits(f.confidence());
                body.varint(f.detectorId() == null ? 0 : idx(f.detectorId()) + 1);
                if (f.maskedPreview() == null) {
                    body.varint(0);
                } else {
                    byte[] b = f.maskedPreview().getBytes(StandardCharsets.UTF_8);
                    body.varint(b.length + 1);
                    body.bytes(b, 0, b.length);
                }
                String fp = f.fingerprint();
                if (fp == null || fp.isEmpty() || fp.length() % 2 != 0 || fp.length() > 510) {
                    body.raw(0);
                } else {
                    body.raw(fp.length() / 2);
                    body.hex(fp);
                }
            }
        }

        public int records() {
            return records;
        }

        public int findings() {
            return findings;
        }

        public byte[] toBytes() {
            return ByteSink.frame(VERSION, strings, records, body);
        }

        private int idx(String s) {
            String key = s == null ? "" : s;
            Integer i = index.get(key);
            if (i == null) {
                i = strings.size();
                strings.add(key);
                index.put(key, i);
            }
            return i;
        }
    }

    /** Reads an encoded chunk record by record, finding by finding. */
    public static final class Decoder extends ByteSource {
        private final String[] strings;
        private int recordsLeft;
        private int findingsLeft;
        private int recordIdOff;
        private int recordIdLen;
        private int jurisdictionIndex;
        private String jurisdiction;
        private int fieldIndex;
        private String field;
        private int entityIndex;
        private String entity;
        private int start;
        private int end;
        private double confidence;
        private String detector;
        private int previewOff;
        private int previewLen;
        private int fpOff;
        private int fpLen;

        public Decoder(byte[] data) {
            super(data);
            int version = u8();
            if (version != VERSION) {
                throw new IllegalStateException("unknown findings encoding version " + version);
            }
            strings = new String[varint()];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = string();
            }
            recordsLeft = varint();
        }

        /** Moves to the next record (skipping unread findings of the current one); false at the end. */
        public boolean nextRecord() {
            while (findingsLeft > 0) {
                nextFinding();
            }
            if (recordsLeft == 0) {
                return false;
            }
            recordsLeft--;
            // the record id is made a string only when asked for: the per-field summary never reads it
            recordIdLen = varint();
            recordIdOff = pos;
            pos += recordIdLen;
            jurisdictionIndex = varint();
            jurisdiction = strings[jurisdictionIndex];
            findingsLeft = varint();
            return true;
        }

        /** Strings in this chunk's table: the indexes below are below this. */
        public int tableSize() {
            return strings.length;
        }

        /** The record's jurisdiction as its index in the chunk's table (equal indexes, equal strings). */
        public int jurisdictionIndex() {
            return jurisdictionIndex;
        }

        /** The finding's field as its index in the chunk's table. */
        public int fieldIndex() {
            return fieldIndex;
        }

        /** The finding's entity as its index in the chunk's table. */
        public int entityIndex() {
            return entityIndex;
        }

        public String recordId() {
            return new String(b, recordIdOff, recordIdLen, StandardCharsets.UTF_8);
        }

        public String jurisdiction() {
            return jurisdiction;
        }

        /** Moves to the record's next finding; false when the record has no more. */
        public boolean nextFinding() {
            if (findingsLeft == 0) {
                return false;
            }
            findingsLeft--;
            fieldIndex = varint();
            field = strings[fieldIndex];
            entityIndex = varint();
            entity = strings[entityIndex];
            start = varint();
            end = varint();
            confidence = doubleBits();
            int d = varint();
            detector = d == 0 ? null : strings[d - 1];
            int p = varint();
            previewOff = pos;
            previewLen = p - 1;
            pos += Math.max(0, p - 1);
            fpLen = u8();
            fpOff = pos;
            pos += fpLen;
            return true;
        }

        public String field() {
            return field;
        }

        public String entity() {
            return entity;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public double confidence() {
            return confidence;
        }

        public String detector() {
            return detector;
        }

        public String maskedPreview() {
            return previewLen < 0 ? null : new String(b, previewOff, previewLen, StandardCharsets.UTF_8);
        }

        /** The fingerprint as lowercase hex (as {@link Finding#fingerprint()}), or null. */
        public String fingerprint() {
            return fpLen == 0 ? null : HexFormat.of().formatHex(b, fpOff, fpOff + fpLen);
        }

        /** The fingerprint's first 64 bits (0 when there is none): the key distinct values are counted by. */
        public long fingerprint64() {
            long v = 0;
            for (int i = 0; i < Math.min(8, fpLen); i++) {
                v = (v << 8) | (b[fpOff + i] & 0xFF);
            }
            return v;
        }

        public boolean hasFingerprint() {
            return fpLen > 0;
        }
    }
}
