package io.piiscanner.core.detect;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.model.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How the phone detector cuts candidates out of a text and which regions it reads them with. */
class PhoneDetectorTest {

    private static final Scanner PHONES = Scanner.builder().entities(Set.of("PHONE")).build();

    private static List<String> phones(Scanner scanner, String text) {
        return scanner.scan(text).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void aNumberAtTheStartOfALongRunOfGroupsIsFoundWithoutTheGroupsAfterIt() {
        // six groups (the run's buffer grows past four); all of them hold 16 digits, too many for any number
        assertThat(phones(PHONES, "call +44 20 7946 0958 12 34 today")).containsExactly("+44 20 7946 0958");
    }

    @Test
    void aNumberWrittenTheNorthAmericanWayIsReadOnlyAsANorthAmericanOne() {
        // 555-01xx is reserved for fiction; with a phone word the fallback regions would have made it British
        assertThat(phones(PHONES, "Phone: (555) 010-4477 (demo)")).isEmpty();
        assertThat(phones(PHONES, "Phone: (415) 555-2671")).containsExactly("(415) 555-2671");
        assertThat(PhoneDetector.nanpWritten("(415) 555-2671")).isTrue();
        assertThat(PhoneDetector.nanpWritten("(415)555-2671")).isTrue();
        assertThat(PhoneDetector.nanpWritten("(0)20 7946 0958")).isFalse();
        assertThat(PhoneDetector.nanpWritten("(030) 901820")).isFalse();
        // German national form with the area code in parentheses still tries the fallback regions
        assertThat(phones(PHONES, "Telefon (030) 901820")).containsExactly("(030) 901820");
    }

    @Test
    void aCountryCodeInParenthesesIsTakenInWithBothOfThem() {
        assertThat(phones(PHONES, "HP (+65) 9527 1067, after 6pm")).containsExactly("(+65) 9527 1067");
        assertThat(phones(PHONES, "Tel. (030) 901820")).containsExactly("(030) 901820");
        assertThat(phones(PHONES, "call +65 9527 1067")).containsExactly("+65 9527 1067");
    }

    @Test
    void parenthesesThatWrapTheWholeNumberAreTheSentencesNotTheNumbers() {
        assertThat(phones(PHONES, "confirma por teléfono (0034 672 820 500) que sí fue él"))
                .containsExactly("0034 672 820 500");
        assertThat(PhoneDetector.unbalancedParentheses("645 (6533726", 0, 12)).isTrue();
        assertThat(PhoneDetector.unbalancedParentheses("+49 (0)30 2845 9371", 0, 19)).isFalse();
    }

    @Test
    void aDottedVersionNumberIsNoPhoneNumber() {
        assertThat(phones(PHONES, "smoke tests on Chrome 122.0.6146.529 and Windows agent 10.0.19045.3053")).isEmpty();
        int[] version = {0, 3, 4, 5, 6, 10, 11, 14}; // 122.0.6146.529
        assertThat(PhoneDetector.dottedVersion("122.0.6146.529", version, 0, 3)).isTrue();
        int[] us = {0, 1, 2, 5, 6, 9, 10, 14}; // 1.800.642.7676: North America's "1." stands alone
        assertThat(PhoneDetector.dottedVersion("1.800.642.7676", us, 0, 3)).isFalse();
        int[] fr = {0, 2, 3, 5, 6, 8, 9, 11, 12, 14}; // 06.12.34.56.78
        assertThat(PhoneDetector.dottedVersion("06.12.34.56.78", fr, 0, 4)).isFalse();
    }

    @Test
    void theNumberAfterALogLinesTimeOfDayIsNoPhoneNumber() {
        // an Apex debug log: the time, then the nanoseconds since the request began in parentheses
        assertThat(phones(PHONES, "04:20:11.688 (40663829)|USER_DEBUG|[25]|DEBUG|Upserting Contact")).isEmpty();
        assertThat(phones(PHONES, "00:15:42.645 (6533726)|CODE_UNIT_STARTED|[EXTERNAL]|01pHn0000")).isEmpty();
        assertThat(PhoneDetector.afterTimeOfDay("12:18:20 (87091447)", 10)).isTrue();
        assertThat(PhoneDetector.afterTimeOfDay("at 12:18 call 0171 3845926", 14)).isFalse();
        // a phone number after a time on a line of its own words is still read
        assertThat(phones(PHONES, "14:05 Rückruf unter 0171 3845926")).containsExactly("0171 3845926");
    }

    @Test
    void anInternationalNumberThatIsNotValidLeavesNoNationalNumberBehindItsCountryCode() {
        // 07700 900xxx is Ofcom's drama range, not a valid UK number; "7700 900123" alone would be valid in Germany
        assertThat(phones(PHONES, "Mobile +44 7700 900123")).isEmpty();
        assertThat(phones(PHONES, "Tel +49 30 901820 / 030 901821")).containsExactly("+49 30 901820", "030 901821");
        // a valid international number in one group leaves the next number of the run to be read
        assertThat(phones(PHONES, "Tel +4930901820 / 030 901821")).containsExactly("+4930901820", "030 901821");
    }

    @Test
    void noPartOfAnInternationalNumberThatIsNotValidIsReadAsANationalOne() {
        // "+31 6 3667 21399" has a digit too many; "3667 21399" would be a German number
        assertThat(phones(PHONES, "Telefoonnummer in het formulier: \"+31 6 3667 21399\".")).isEmpty();
        assertThat(phones(PHONES, "Telefoonnummer: +31 6 36672139")).containsExactly("+31 6 36672139");
    }

    @Test
    void thePartsOfANumberWithDigitsTooManyAreNoNumbers() {
        // the subscriber part after an area code and a slash, a number with two digits more after a space
        assertThat(phones(PHONES, "Telefon (0176/1352050413), bitte prüfen")).isEmpty();
        assertThat(phones(PHONES, "Numero di telefono: \"326 8343 9063 31\"")).isEmpty();
        assertThat(phones(PHONES, "Telefon 0231/244985")).containsExactly("0231/244985");
        assertThat(phones(PHONES, "Numero di telefono: \"326 834 3906\"")).containsExactly("326 834 3906");
        // an area code in parentheses that does not exist leaves no number after it
        assertThat(phones(PHONES, "telefone (10) 97038-5620 inválido")).isEmpty();
        assertThat(phones(PHONES, "telefone (11) 97038-5620")).containsExactly("(11) 97038-5620");
    }

    @Test
    void anInternationalNumberWrittenWithDashesIsNoDate() {
        // "55-31-2846" is shaped like a date; after a "+" it is a country and an area code
        assertThat(phones(PHONES, "phone +55-31-2846-8159, wants an invoice")).containsExactly("+55-31-2846-8159");
        assertThat(phones(PHONES, "phone 12-03-1985 8159")).isEmpty();
    }

    @Test
    void aRunGluedToALetterOnEitherSideIsNoPhoneNumberWhateverTheAlphabet() {
        assertThat(phones(PHONES, "call +44 20 7946 0958 today")).containsExactly("+44 20 7946 0958");
        assertThat(phones(PHONES, "call +44 20 7946 0958x today")).isEmpty();
        assertThat(phones(PHONES, "call +44 20 7946 0958é today")).isEmpty();
        assertThat(phones(PHONES, "ref é030 901820 12")).isEmpty();
    }

    @Test
    void aNationalNumberIsReadWithTheScanRegionAndTheDefaultRegionAlike() {
        String text = "Telefon: 030 901820 12";
        List<Finding> german = Scanner.builder().entities(Set.of("PHONE")).defaultRegion("DE").build().scan(text);
        assertThat(german).singleElement().satisfies(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo("030 901820 12"));
        // a region in which the digits are no valid number finds nothing without the fallback regions' help
        assertThat(Scanner.builder().entities(Set.of("PHONE")).defaultRegion("JP").build().scan("ref 030 901820 12"))
                .isEmpty();
    }
}
