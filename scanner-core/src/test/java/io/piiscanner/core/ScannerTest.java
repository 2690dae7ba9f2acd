package io.piiscanner.core;

import io.piiscanner.core.model.ConfidenceLevel;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The library API as an embedding service sees it. */
class ScannerTest {

    private static final byte[] KEY = "a-32-byte-test-key-for-hmac-0001".getBytes(StandardCharsets.UTF_8);
    private static final Scanner SCANNER = Scanner.builder().fingerprintKey(KEY).build();

    @Test
    void findsEntitiesInFreeTextWithSpansAsWritten() {
        String text = "Customer SSN 536-22-1234, card 4539 1488 0343 6467 exp 09/27, mail maria.lopez@gmail.com";
        List<Finding> findings = SCANNER.scan(text);
        assertThat(findings).extracting(Finding::entity).containsExactly("US_SSN", "CREDIT_CARD", "EMAIL");
        Finding card = findings.get(1);
        assertThat(text.substring(card.start(), card.end())).isEqualTo("4539 1488 0343 6467");
        assertThat(card.level()).isIn(ConfidenceLevel.HIGH, ConfidenceLevel.VERY_HIGH);
        assertThat(card.maskedPreview()).isEqualTo("**** **** **** 6467");
        assertThat(card.detectorId()).startsWith("credit-card/");
    }

    @Test
    void findingsNeverCarryTheRawValueUnlessAsked() {
        Finding f = SCANNER.scan("SSN 536-22-1234").get(0);
        assertThat(f.rawValue()).isEmpty();
        assertThat(f.toString()).doesNotContain("536-22-1234").doesNotContain("536221234");
        Scanner withRaw = Scanner.builder().includeRawValues(true).build();
        assertThat(withRaw.scan("SSN 536-22-1234").get(0).rawValue()).contains("536-22-1234");
        assertThat(withRaw.scan("SSN 536-22-1234").get(0).toString()).doesNotContain("536-22-1234");
    }

    @Test
    void sameValueWrittenDifferentlyHasOneFingerprintUnderOneKey() {
        String a = SCANNER.scan("card 4539148803436467").get(0).fingerprint();
        String b = SCANNER.scan("card 4539-1488-0343-6467").get(0).fingerprint();
        String other = Scanner.builder().build().scan("card 4539148803436467").get(0).fingerprint();
        assertThat(a).isEqualTo(b).hasSize(64);
        assertThat(other).as("a random key per scanner by default").isNotEqualTo(a);
    }

    @Test
    void fieldNameTurnsABareNumberIntoAFinding() {
        ScanRecord record = ScanRecord.builder().source("jdbc").container("stg.customers").recordId("42")
                .field("customer_ssn", "536221234")
                .field("order_number", "536221234")
                .field("dob", "1984-03-12")
                .build();
        List<Finding> findings = SCANNER.scan(record);
        assertThat(findings).extracting(Finding::field, Finding::entity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customer_ssn", "US_SSN"),
                        org.assertj.core.groups.Tuple.tuple("dob", "DATE_OF_BIRTH"));
    }

    @Test
    void salesforceFieldTypeIsAHint() {
        ScanRecord record = ScanRecord.builder().field("Contact_Point__c", "+1 415 555 2671",
                FieldMetadata.ofType("phone")).build();
        Finding f = SCANNER.scan(record).get(0);
        assertThat(f.entity()).isEqualTo("PHONE");
        assertThat(f.explanation()).contains("field hint");
    }

    /**
     * The scanner remembers the last fields it read (by name and metadata) and the engine what each rule makes of
     * them: a field must still be read with its own metadata when records alternate between fields of the same name
     * described differently, with metadata built anew per record, and between names that share a cache slot.
     */
    @Test
    void eachFieldIsReadWithItsOwnMetadataRecordAfterRecord() {
        FieldMetadata phoneType = FieldMetadata.ofType("phone");
        List<String> sameSlot = new java.util.ArrayList<>();
        for (int i = 0; sameSlot.size() < 3; i++) {
            String name = "Contact_Point_" + i + "__c";
            if ((name.hashCode() & 63) == ("Contact_Point_0__c".hashCode() & 63)) {
                sameSlot.add(name);
            }
        }
        for (int round = 0; round < 40; round++) {
            // a name twice in a row with other metadata, then the next name of the slot
            String name = sameSlot.get(round / 2 % sameSlot.size());
            FieldMetadata metadata = switch (round % 4) {
                case 0 -> phoneType;
                case 1 -> FieldMetadata.NONE;
                case 2 -> FieldMetadata.ofType("phone");
                default -> FieldMetadata.ofType("textarea");
            };
            ScanRecord record = ScanRecord.builder().field(name, "+1 415 555 2671", metadata).build();
            Finding f = SCANNER.scan(record).get(0);
            assertThat(f.field()).isEqualTo(name);
            assertThat(f.explanation().contains("field hint")).as(name + " typed " + metadata.type())
                    .isEqualTo("phone".equals(metadata.type()));
        }
    }

    @Test
    void recordCountrySetsTheRegionOfNationalPhoneNumbers() {
        ScanRecord german = ScanRecord.builder().field("Phone", "030 9018200").field("MailingCountry", "Deutschland").build();
        ScanRecord noCountry = ScanRecord.builder().field("Notes", "030 9018200").build();
        assertThat(SCANNER.scan(german)).extracting(Finding::entity).containsExactly("PHONE");
        assertThat(SCANNER.scan(noCountry)).isEmpty();
    }

    @Test
    void orderNumbersAndRecordIdsStayQuiet() {
        assertThat(SCANNER.scan("Order #100234871 for case 00012345 (Id 0035g00000AbCdEAAZ) shipped via UPS 1Z999AA10123456784"))
                .isEmpty();
    }

    @Test
    void aTablePastedIntoTextIsReadCellByCellUnderItsColumnNames() {
        String text = "Export payroll_import.csv, row 205899:\nId|DNI__c|Date_of_Birth__c|Status\n"
                + "00U0900004058dOEAQ|Y0084878E|1999-09-25|Open";
        List<Finding> findings = SCANNER.scan(text);
        assertThat(findings).extracting(Finding::entity).containsExactly("ES_NIF", "DATE_OF_BIRTH");
        Finding dob = findings.get(1);
        assertThat(text.substring(dob.start(), dob.end())).isEqualTo("1999-09-25");
        assertThat(dob.explanation()).contains("column 'Date_of_Birth__c'");
    }

    @Test
    void aFirstRowTakenForAHeaderIsNotNamedInExplanations() {
        // no header: the first row (a name, a city) looks like one, but only a column named for an entity is named.
        // The phone is found in its cell alone: in the text, "invoice" next to it speaks against it.
        String text = "rows to purge:\nAna Keller;Berlin\ninvoice;+49 30 901820";
        List<Finding> findings = SCANNER.scan(text);
        assertThat(findings).extracting(Finding::entity).containsExactly("PHONE");
        assertThat(findings.get(0).explanation()).contains("a table cell").doesNotContain("Ana Keller", "Berlin");
    }

    @Test
    void aBareDateInARowWithoutAHeaderStaysQuiet() {
        assertThat(SCANNER.scan("log line\n00U0900004058dOEAQ|1999-09-25|Open\n00U0900004058dOEAB|2001-01-01|Closed")).isEmpty();
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "Call +44 20 7946 0958 or write to chen.wei@corp-mail.cn, IBAN DE89 3704 0044 0532 0130 00";
        List<Finding> expected = SCANNER.scan(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> SCANNER.scan(text)));
            }
            for (Future<List<Finding>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).extracting(Finding::entity).containsExactly("PHONE", "EMAIL", "IBAN");
    }
}
