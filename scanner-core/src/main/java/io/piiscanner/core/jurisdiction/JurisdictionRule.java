package io.piiscanner.core.jurisdiction;

import java.util.List;

/**
 * The breach-notification rule of one jurisdiction (a US state, a country, the EU/EEA, or PCI DSS): which
 * data elements make a record notifiable (alone when {@code standalone}, otherwise only with a name when
 * {@code requiresName}), the encryption safe harbor, the risk-of-harm exception, the notices, and sources.
 *
 * @param shortName what legal staff call the law ("GDPR", "LGPD", "California breach notification law"); from
 *                  {@code short_name} in the pack, else "&lt;name&gt; breach notification law" for US rules, else the name
 * @param appliesTo for a regime shared by several countries (EU/EEA): the ISO codes it covers; else empty
 * @param scope     {@code residents} (default: the data subject's jurisdiction) or {@code card_data} (PCI DSS:
 *                  every record with a card number, whatever the jurisdiction)
 */
public record JurisdictionRule(String code, String name, String shortName, String law, List<String> appliesTo, String scope,
                               boolean requiresName, List<ElementRef> elements, List<String> nameAlternatives,
                               SafeHarbor encryptionSafeHarbor, HarmException harmException, List<NoticeRule> notices,
                               List<String> notes, List<String> sources, String origin) {

    public static final String SCOPE_RESIDENTS = "residents";
    public static final String SCOPE_CARD_DATA = "card_data";

    public JurisdictionRule {
        appliesTo = List.copyOf(appliesTo);
        elements = List.copyOf(elements);
        nameAlternatives = List.copyOf(nameAlternatives);
        notices = List.copyOf(notices);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /** A listed element; {@code standalone} = it triggers without a name ({@code STANDALONE:} in the pack). */
    public record ElementRef(String element, boolean standalone) {
        @Override
        public String toString() {
            return standalone ? "STANDALONE:" + element : element;
        }
    }

    /** Whether encrypted (or otherwise secured) data is excluded. */
    public enum SafeHarbor {
        /** encrypted data does not trigger (while the key was not compromised). */
        YES,
        /** encryption removes or reduces the duty only through a risk test: needs review. */
        CONDITIONAL,
        /** no safe harbor: encrypted data triggers too. */
        NO,
        /** not shown in the reference: treated as no safe harbor, flagged. */
        UNCONFIRMED
    }

    /** The risk-of-harm exception: {@code applies} is yes, none, conditional or unconfirmed. */
    public record HarmException(String applies, String text, String source) {
    }

    public List<NoticeRule> notices(String recipient) {
        return notices.stream().filter(n -> n.recipient().equals(recipient)).toList();
    }
}
