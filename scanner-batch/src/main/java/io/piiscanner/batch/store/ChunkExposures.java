package io.piiscanner.batch.store;

import io.piiscanner.core.jurisdiction.ExposureAggregator;
import io.piiscanner.core.jurisdiction.JurisdictionResult;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The record exposures of one chunk ({@link RecordExposure}: jurisdiction, resolver status and confidence,
 * candidates, exposed elements, subject keys) as one value of {@code scan_chunk_exposure.data}. One row a chunk
 * instead of one row a record: a million records with personal data were a million H2 rows, a quarter of the scan's
 * Java time in the store and most of the report step reading them back; a chunk's 2,000 records share a handful of
 * jurisdictions, element sets and key types, so a string table makes the value small too.
 *
 * <p>Format (version 1): {@code 0x01}, a string table (varint count, then each string as varint length + UTF-8),
 * varint record count; per record: jurisdiction, status (table indexes), confidence (IEEE double), varint candidate
 * count and each candidate (table index), elements ({@link RecordExposure#elementsText()}, table index), varint key
 * count; per subject key: the part before its colon (table index), then the rest either as packed hex (varint
 * 2 x bytes + 1, then the bytes; lowercase hex of even length only, so it reads back as the same text) or as text
 * (varint 2 x length, then UTF-8). The record id is not kept: the aggregate does not need it, and the chunk's
 * findings row has the record ids. No values, as in {@code scan_record_exposure} before: names, codes, keyed
 * fingerprints.
 */
public final class ChunkExposures {

    static final int VERSION = 1;

    private ChunkExposures() {
    }

    /** Collects exposures and encodes them. */
    public static final class Encoder {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> strings = new ArrayList<>();
        private final ByteSink body = new ByteSink(1 << 12);
        private int records;

        public void add(RecordExposure x) {
            records++;
            body.varint(idx(x.jurisdiction()));
            body.varint(idx(x.status().name()));
            body.doubleBits(x.confidence());
            body.varint(x.candidates().size());
            for (String c : x.candidates()) {
                body.varint(idx(c));
            }
            body.varint(idx(x.elementsText()));
            body.varint(x.subjectKeys().size());
            for (String k : x.subjectKeys()) {
                int colon = k.indexOf(':');
                body.varint(idx(colon < 0 ? null : k.substring(0, colon)));
                String rest = colon < 0 ? k : k.substring(colon + 1);
                if (ByteSink.isLowerHex(rest)) {
                    body.varint(rest.length() + 1); // 2 x bytes + 1: odd means packed hex
                    body.hex(rest);
                } else {
                    byte[] u = rest.getBytes(StandardCharsets.UTF_8);
                    body.varint(2 * u.length);
                    body.bytes(u, 0, u.length);
                }
            }
        }

        public int records() {
            return records;
        }

        public byte[] toBytes() {
            return ByteSink.frame(VERSION, strings, records, body);
        }

        /** Index of a string in the table; null is stored as index 0 (the table's first entry is reserved for it). */
        private int idx(String s) {
            if (s == null) {
                return 0;
            }
            Integer i = index.get(s);
            if (i == null) {
                i = strings.size() + 1;
                strings.add(s);
                index.put(s, i);
            }
            return i;
        }
    }

    /** Reads an encoded chunk's version (which must be this one's) and string table; index 0 is null. */
    private static String[] stringTable(ByteSource r) {
        int version = r.u8();
        if (version != VERSION) {
            throw new IllegalStateException("unknown exposure encoding version " + version);
        }
        String[] strings = new String[r.varint() + 1];
        for (int i = 1; i < strings.length; i++) {
            strings[i] = r.string();
        }
        return strings;
    }

    /** Decodes an encoded chunk, handing each record exposure to {@code sink} in the order they were added. */
    public static void decode(byte[] data, Consumer<RecordExposure> sink) {
        ByteSource r = new ByteSource(data);
        String[] strings = stringTable(r);
        // decoded once per chunk: the element sets and statuses of a chunk's records are a few distinct values
        Map<String, Boolean>[] elements = cast(new Map[strings.length]);
        JurisdictionResult.Status[] statuses = new JurisdictionResult.Status[strings.length];
        int n = r.varint();
        for (int rec = 0; rec < n; rec++) {
            String jurisdiction = strings[r.varint()];
            int st = r.varint();
            if (statuses[st] == null) {
                statuses[st] = JurisdictionResult.Status.valueOf(strings[st]);
            }
            double confidence = r.doubleBits();
            int nc = r.varint();
            List<String> candidates = new ArrayList<>(nc);
            for (int i = 0; i < nc; i++) {
                candidates.add(strings[r.varint()]);
            }
            int el = r.varint();
            if (elements[el] == null) {
                elements[el] = RecordExposure.parseElements(strings[el]);
            }
            int nk = r.varint();
            List<String> keys = new ArrayList<>(nk);
            for (int i = 0; i < nk; i++) {
                String prefix = strings[r.varint()];
                int len = r.varint();
                String rest = (len & 1) == 1 ? r.hex(len >>> 1) : r.string(len >>> 1);
                keys.add(prefix == null ? rest : prefix + ':' + rest);
            }
            sink.accept(new RecordExposure(jurisdiction, statuses[st], confidence, candidates, elements[el], keys));
        }
    }

    /**
     * Adds the records of an encoded chunk to an aggregate, the same as adding each {@link #decode decoded} record
     * with {@link ExposureAggregator#add(String, JurisdictionResult.Status, List, double, Map, java.util.Collection)}
     * but without making its strings: a key's hash is computed from the stored bytes, and records of one profile in
     * the chunk (jurisdiction, status, low confidence, no candidates, elements: most records) share one lookup.
     */
    public static void aggregate(byte[] data, ExposureAggregator agg) {
        ByteSource r = new ByteSource(data);
        String[] strings = stringTable(r);
        JurisdictionResult.Status[] statuses = new JurisdictionResult.Status[strings.length];
        // per table index of a key's type: the hash of "TYPE:" (index 0, no type: the empty start), computed once
        long[] typeHash = new long[strings.length];
        boolean[] typeHashed = new boolean[strings.length];
        Map<Long, Integer> profiles = new HashMap<>();
        long[] hashes = new long[8];
        int[] types = new int[8];
        int n = r.varint();
        for (int rec = 0; rec < n; rec++) {
            int jurisdiction = r.varint();
            int st = r.varint();
            if (statuses[st] == null) {
                statuses[st] = JurisdictionResult.Status.valueOf(strings[st]);
            }
            double confidence = r.doubleBits();
            boolean low = statuses[st] == JurisdictionResult.Status.RESOLVED && confidence < ExposureAggregator.LOW_CONFIDENCE;
            int nc = r.varint();
            int profile;
            if (nc == 0) {
                int el = r.varint();
                // what makes the profile (the confidence only as low or not), packed when the indexes fit
                boolean packed = jurisdiction < (1 << 15) && st < (1 << 16);
                long k = (long) jurisdiction << 48 | (long) st << 32 | (long) el << 1 | (low ? 1 : 0);
                Integer p = packed ? profiles.get(k) : null;
                if (p == null) {
                    p = agg.profile(strings[jurisdiction], statuses[st], List.of(), confidence, RecordExposure.parseElements(strings[el]));
                    if (packed) {
                        profiles.put(k, p);
                    }
                }
                profile = p;
            } else {
                List<String> candidates = new ArrayList<>(nc);
                for (int i = 0; i < nc; i++) {
                    candidates.add(strings[r.varint()]);
                }
                int el = r.varint();
                profile = agg.profile(strings[jurisdiction], statuses[st], candidates, confidence, RecordExposure.parseElements(strings[el]));
            }
            int nk = r.varint();
            if (nk > hashes.length) {
                hashes = new long[nk];
                types = new int[nk];
            }
            for (int i = 0; i < nk; i++) {
                int type = r.varint();
                if (!typeHashed[type]) {
                    typeHashed[type] = true;
                    long h = ExposureAggregator.KEY_HASH_START;
                    if (type != 0) {
                        String t = strings[type];
                        for (int c = 0; c < t.length(); c++) {
                            h = ExposureAggregator.keyHash(h, t.charAt(c));
                        }
                        h = ExposureAggregator.keyHash(h, ':');
                    }
                    typeHash[type] = h;
                }
                // no type and an empty type are one type, as the part before a colon
                types[i] = type == 0 || strings[type].isEmpty() ? 0 : type;
                int len = r.varint();
                long h = typeHash[type];
                if ((len & 1) == 1) {
                    for (int b = len >>> 1; b > 0; b--) {
                        int v = r.b[r.pos++] & 0xFF;
                        h = ExposureAggregator.keyHash(ExposureAggregator.keyHash(h, ByteSource.HEX[v >>> 4]), ByteSource.HEX[v & 0x0F]);
                    }
                } else {
                    String rest = r.string(len >>> 1);
                    for (int c = 0; c < rest.length(); c++) {
                        h = ExposureAggregator.keyHash(h, rest.charAt(c));
                    }
                }
                hashes[i] = h;
            }
            agg.add(profile, hashes, types, nk);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
