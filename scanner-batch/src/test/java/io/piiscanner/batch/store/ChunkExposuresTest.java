package io.piiscanner.batch.store;

import io.piiscanner.core.jurisdiction.ExposureAggregator;
import io.piiscanner.core.jurisdiction.ExposureReport;
import io.piiscanner.core.jurisdiction.JurisdictionPack;
import io.piiscanner.core.jurisdiction.JurisdictionPackLoader;
import io.piiscanner.core.jurisdiction.JurisdictionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The report step's way of reading exposure chunks into the aggregate: the same counts as decoding each record. */
class ChunkExposuresTest {

    private static final JurisdictionPack PACK = JurisdictionPackLoader.loadDefault();
    private static final Instant AWARE = Instant.parse("2026-11-26T09:00:00Z");
    private static final String[] CODES = {"DE", "FR", "US-CA", "US", "GB", JurisdictionResult.UNKNOWN};
    private static final String[] ELEMENTS = {"EMAIL", "PHONE", "NAME", "SSN", "CARD_NUMBER"};

    @TempDir
    Path work;

    /** Every key shape the encoding distinguishes: packed hex, text (upper case, odd length, not hex), no colon, empty type. */
    private static String key(Random rnd, int identifiers) {
        String hex = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16).putLong(8, rnd.nextInt(identifiers)).array());
        return switch (rnd.nextInt(12)) {
            case 0 -> "IBAN:DE" + rnd.nextInt(identifiers);
            case 1 -> "PHONE:" + hex.substring(1);
            case 2 -> "no-colon-" + rnd.nextInt(identifiers);
            case 3 -> ":" + hex;
            case 4, 5, 6 -> "PHONE:" + hex;
            default -> "EMAIL:" + hex;
        };
    }

    private static List<RecordExposure> exposures(long seed, int records, int identifiers) {
        Random rnd = new Random(seed);
        List<RecordExposure> out = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            String code = CODES[rnd.nextInt(CODES.length)];
            JurisdictionResult.Status status = code.equals(JurisdictionResult.UNKNOWN) ? JurisdictionResult.Status.WEAK_ONLY
                    : code.equals("US") ? JurisdictionResult.Status.COUNTRY_ONLY : JurisdictionResult.Status.values()[rnd.nextInt(3)];
            List<String> candidates = status == JurisdictionResult.Status.CONFLICT || (code.equals("US") && rnd.nextBoolean())
                    ? List.of("US-CA", "DE") : List.of();
            Map<String, Boolean> elements = new TreeMap<>();
            for (int k = rnd.nextInt(3); k > 0; k--) {
                elements.put(ELEMENTS[rnd.nextInt(ELEMENTS.length)], rnd.nextInt(4) == 0);
            }
            List<String> keys = new ArrayList<>();
            for (int k = rnd.nextInt(5); k > 0; k--) {
                keys.add(key(rnd, identifiers));
            }
            out.add(new RecordExposure(code, status, rnd.nextDouble(), candidates, elements, keys));
        }
        return out;
    }

    @Test
    void chunksAggregatedFromTheirBytesCountAsTheirDecodedRecords() {
        for (long seed = 1; seed <= 3; seed++) {
            List<RecordExposure> all = exposures(seed, 6_000, seed == 1 ? 300 : 20_000);
            try (ExposureAggregator decoded = new ExposureAggregator(PACK, work, 1 << 12, 1);
                 ExposureAggregator fromBytes = new ExposureAggregator(PACK, work, 1 << 12, 1)) {
                for (int from = 0; from < all.size(); from += 1000) {
                    ChunkExposures.Encoder enc = new ChunkExposures.Encoder();
                    all.subList(from, from + 1000).forEach(enc::add);
                    byte[] data = enc.toBytes();
                    ChunkExposures.decode(data, x -> decoded.add(x.jurisdiction(), x.status(), x.candidates(), x.confidence(),
                            x.elements(), x.subjectKeys()));
                    ChunkExposures.aggregate(data, fromBytes);
                }
                ExposureReport expected = decoded.report(AWARE);
                assertThat(expected.records()).isEqualTo(6_000);
                assertThat(expected.severalPeopleRecords()).isPositive();
                assertThat(fromBytes.report(AWARE)).as("seed %d", seed).isEqualTo(expected);
            }
        }
    }
}
