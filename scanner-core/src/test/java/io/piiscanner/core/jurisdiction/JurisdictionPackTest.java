package io.piiscanner.core.jurisdiction;

import io.piiscanner.core.rules.RuleFileException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JurisdictionPackTest {

    private static final JurisdictionPack PACK = J.PACK;
    private static final List<String> US = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
            "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI");
    private static final List<String> EEA = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    @Test
    void coversEveryRequiredJurisdiction() {
        for (String s : US) {
            assertThat(PACK.rule("US-" + s)).as("US-" + s).isPresent();
        }
        for (String c : List.of("GB", "CA", "BR", "AU", "JP", "SG", "IN", "CH", "NZ", "ZA", "KR", "PCI", "EU")) {
            assertThat(PACK.rule(c)).as(c).isPresent();
        }
        for (String m : EEA) {
            assertThat(PACK.rulesFor(m)).as(m).extracting(JurisdictionRule::code).containsExactly("EU");
        }
        assertThat(PACK.rulesFor("CA-QC")).extracting(JurisdictionRule::code).containsExactly("CA");
        assertThat(PACK.rulesFor("US-CA")).extracting(JurisdictionRule::code).containsExactly("US-CA");
        assertThat(PACK.rulesFor("US")).isEmpty();
        assertThat(PACK.cardDataRules()).extracting(JurisdictionRule::code).containsExactly("PCI");
    }

    @Test
    void everyRuleAndEveryFactNamesItsSource() {
        assertThat(PACK.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.sources()).as(r.code() + " sources").isNotEmpty().allMatch(u -> u.startsWith("http"));
            assertThat(r.harmException().source()).as(r.code() + " harm exception source").startsWith("http");
            assertThat(r.notices()).as(r.code() + " notices").isNotEmpty().allSatisfy(n -> {
                assertThat(n.source()).as(r.code() + " notice " + n.origin()).startsWith("http");
                assertThat(n.deadline().text()).as(n.origin()).isNotBlank();
                assertThat(n.origin()).as("origin").matches(".+\\.yaml:\\d+");
            });
            assertThat(r.notices(NoticeRule.INDIVIDUALS).size() + r.notices("acquirer_and_card_brands").size())
                    .as(r.code() + " says how individuals (or card brands) are notified").isPositive();
        });
        assertThat(PACK.elements().sources()).isNotEmpty();
    }

    @Test
    void unconfirmedFactsStayMarked() {
        JurisdictionRule vi = PACK.rule("US-VI").orElseThrow();
        assertThat(vi.notices(NoticeRule.INDIVIDUALS).get(0).unconfirmed()).isTrue();
        assertThat(PACK.rule("US-CA").orElseThrow().notices(NoticeRule.CRA).get(0).threshold().kind()).isEqualTo(Threshold.Kind.UNCONFIRMED);
        assertThat(PACK.rule("BR").orElseThrow().encryptionSafeHarbor()).isEqualTo(JurisdictionRule.SafeHarbor.UNCONFIRMED);
        assertThat(PACK.rule("IN").orElseThrow().encryptionSafeHarbor()).isEqualTo(JurisdictionRule.SafeHarbor.NO);
    }

    @Test
    void indexListsEveryFileOfTheFolder() throws IOException, URISyntaxException {
        List<String> onDisk = io.piiscanner.core.rules.ClasspathFolder.files("rules/jurisdictions").stream()
                .filter(p -> p.endsWith(".yaml")).map(p -> p.substring("rules/jurisdictions/".length())).toList();
        assertThat(PACK.files()).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void statuteFactsMatchTheReference() {
        assertThat(PACK.rule("US-IN").orElseThrow().elements()).contains(new JurisdictionRule.ElementRef("SSN", true));
        assertThat(PACK.rule("US-CA").orElseThrow().elements()).contains(new JurisdictionRule.ElementRef("EMAIL_WITH_PASSWORD", true));
        NoticeRule eu = PACK.rule("EU").orElseThrow().notices(NoticeRule.REGULATOR).get(0);
        assertThat(eu.deadline().hours()).isEqualTo(72);
        assertThat(PACK.rule("US-TX").orElseThrow().notices(NoticeRule.REGULATOR).get(0).threshold()).isEqualTo(new Threshold(Threshold.Kind.AT_LEAST, 250));
        assertThat(PACK.rule("US-DC").orElseThrow().nameAlternatives()).contains("PHONE");
    }

    // ---- loader errors name file and line ----------------------------------------------------------

    private static Map<String, String> minimalPack(String ruleFile) {
        Map<String, String> files = new HashMap<>();
        files.put("index.yaml", """
                version: "1"
                elements: elements.yaml
                geography: {subdivisions: sub.yaml, us_zip_prefixes: zip.yaml, ca_postal: cap.yaml, nanp_area_codes: nanp.yaml}
                rules: [x.yaml]
                """);
        files.put("elements.yaml", """
                sources: [x]
                elements: {SSN: ssn, NAME: name}
                entities: {US_SSN: [SSN]}
                """);
        files.put("sub.yaml", "sources: ['https://a']\nUS: {NY: [New York]}\nCA: {QC: [Quebec]}\n");
        files.put("zip.yaml", "sources: ['https://a']\nprefixes: [{from: '100', to: '149', state: NY}]\n");
        files.put("cap.yaml", "sources: ['https://a']\nfirst_letter: {H: QC}\n");
        files.put("nanp.yaml", "sources: ['https://a']\nUS: {NY: [212]}\nCA: {QC: [514]}\n");
        files.put("x.yaml", ruleFile);
        return files;
    }

    private static final String GOOD = """
            family: x
            jurisdictions:
              - code: US-NY
                name: New York
                law: law
                requires_name: true
                elements: [SSN]
                encryption_safe_harbor: yes
                harm_exception: {applies: yes, text: t, source: "https://s"}
                notices:
                  - to: individuals
                    who: residents
                    deadline: {text: "30 days", days: 30, from: discovery}
                    source: "https://s"
                sources: ["https://s"]
            """;

    @Test
    void aMinimalPackLoads() {
        JurisdictionPack p = JurisdictionPackLoader.load(minimalPack(GOOD));
        assertThat(p.rule("US-NY")).isPresent();
        assertThat(p.geography().usZipState("10001")).contains("US-NY");
    }

    @Test
    void unknownElementFailsWithFileAndLine() {
        assertThatThrownBy(() -> JurisdictionPackLoader.load(minimalPack(GOOD.replace("elements: [SSN]", "elements: [SSNN]"))))
                .isInstanceOf(RuleFileException.class).hasMessageStartingWith("x.yaml:7:").hasMessageContaining("unknown element 'SSNN'");
    }

    @Test
    void noticeWithoutSourceFails() {
        String bad = GOOD.replace("    deadline: {text: \"30 days\", days: 30, from: discovery}\n        source: \"https://s\"\n",
                "    deadline: {text: \"30 days\", days: 30, from: discovery}\n");
        assertThatThrownBy(() -> JurisdictionPackLoader.load(minimalPack(bad)))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("x.yaml:").hasMessageContaining("missing required key 'source'");
    }

    @Test
    void fixedDeadlineWithoutClockStartFails() {
        assertThatThrownBy(() -> JurisdictionPackLoader.load(minimalPack(GOOD.replace(", from: discovery", ""))))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("x.yaml:13:").hasMessageContaining("needs 'from'");
    }

    @Test
    void unknownKeyAndBadThresholdFail() {
        assertThatThrownBy(() -> JurisdictionPackLoader.load(minimalPack(GOOD.replace("requires_name: true", "requires_nme: true"))))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("x.yaml:6:").hasMessageContaining("unknown key 'requires_nme'");
        assertThatThrownBy(() -> JurisdictionPackLoader.load(minimalPack(GOOD.replace("who: residents", "who: residents\n        threshold: lots"))))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("x.yaml:13:").hasMessageContaining("threshold");
        assertThatThrownBy(() -> JurisdictionPackLoader.load(minimalPack(GOOD.replace("source: \"https://s\"}", "source: \"see chart\"}"))))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("not a URL");
    }
}
