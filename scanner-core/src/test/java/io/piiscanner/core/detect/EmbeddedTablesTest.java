package io.piiscanner.core.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables pasted into text: a header line of names and the rows under it with as many cells give each data cell its
 * column; prose, logs and lines that do not line up give none. The reader counts each line's delimiters first and
 * splits only lines that can form a table; it must find exactly the cells the earlier reader
 * ({@link BaselineEmbeddedTables}, which split every line on every delimiter) found.
 */
class EmbeddedTablesTest {

    private static List<String> described(String text, List<EmbeddedTables.Cell> cells) {
        return cells.stream().map(c -> c.column() + "=" + text.substring(c.start(), c.end())).toList();
    }

    @Test
    void aCsvExtractInATicketGivesEachCellItsColumn() {
        String text = "Please delete these rows:\nName,Email,Date_of_Birth__c\n\"Keller, Ana\",ana@example.com,1999-09-25\n"
                + "Bo Li,bo@example.com,1980-01-02\nThanks";
        assertThat(described(text, EmbeddedTables.cells(text))).containsExactly(
                "Name=Keller, Ana", "Email=ana@example.com", "Date_of_Birth__c=1999-09-25",
                "Name=Bo Li", "Email=bo@example.com", "Date_of_Birth__c=1980-01-02");
    }

    @Test
    void pipeSemicolonAndTabTablesAndWindowsLineEndsAreRead() {
        String text = "id | ssn\r\n1 | 123-45-6789\r\nend\nfirst;last\nAna;Keller\ncol\tphone\nx\t+49 30 1234567";
        assertThat(described(text, EmbeddedTables.cells(text))).containsExactly(
                "id=1", "ssn=123-45-6789", "first=Ana", "last=Keller", "col=x", "phone=+49 30 1234567");
    }

    @Test
    void proseChatAndMismatchedLinesGiveNoCells() {
        assertThat(EmbeddedTables.cells("Hi team,\nthe link expired, can you resend it, please?\nThanks")).isEmpty();
        assertThat(EmbeddedTables.cells("[10:01] client: where is it?\n[10:02] agent: shipped, 2 parcels")).isEmpty();
        // a header-like line whose next line has another number of cells
        assertThat(EmbeddedTables.cells("name,email\nAna,ana@example.com,extra")).isEmpty();
        // a header cell that is a value, not a name
        assertThat(EmbeddedTables.cells("ana@example.com,bo@example.com\nx,y")).isEmpty();
        assertThat(EmbeddedTables.cells("one line, no break")).isEmpty();
        // a sentence with one comma over a sign-off with one comma: no header, no column named by the sentence
        assertThat(EmbeddedTables.cells("Please send me a password reset link, I can't log in. Thanks.\nRegards,\nSent"))
                .isEmpty();
        assertThat(EmbeddedTables.cells("Could you please check my account, thanks\nBest,\nAna")).isEmpty();
        // a delimiter inside quotes does not split a cell: two cells over three
        assertThat(EmbeddedTables.cells("name,\"a,b\"\nAna,x,y")).isEmpty();
        assertThat(described("name,\"a,b\"\nAna,x", EmbeddedTables.cells("name,\"a,b\"\nAna,x"))).containsExactly("name=Ana", "a,b=x");
    }

    @Test
    void findsTheSameCellsAsTheReaderThatSplitEveryLine() {
        Random rnd = new Random(42);
        String[] pieces = {"name", "Email", "ssn", "Date_of_Birth__c", "Ana", "ana@example.com", "123-45-6789", "12",
                "\"Keller, Ana\"", "\"", " ", "", "x:y", "a=b", "Straße", "9999", "phone no", "  id  "};
        String delimiters = ",;|\t";
        int withCells = 0;
        int compared = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + rnd.nextInt(6);
            char usual = delimiters.charAt(rnd.nextInt(delimiters.length()));
            int usualCells = 1 + rnd.nextInt(4);
            for (int l = 0; l < lines; l++) {
                int cells = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(5) : usualCells;
                for (int c = 0; c < cells; c++) {
                    if (c > 0) {
                        text.append(rnd.nextInt(8) == 0 ? delimiters.charAt(rnd.nextInt(delimiters.length())) : usual);
                    }
                    text.append(pieces[rnd.nextInt(pieces.length)]);
                }
                if (l + 1 < lines || rnd.nextBoolean()) {
                    text.append(rnd.nextInt(5) == 0 ? "\r\n" : "\n");
                }
            }
            String s = text.toString();
            if (quoteOpenAtALineEnd(s)) {
                continue; // a CSV record over several lines: the line-by-line reader has no such thing
            }
            compared++;
            List<EmbeddedTables.Cell> expected = BaselineEmbeddedTables.cells(s);
            assertThat(EmbeddedTables.cells(s)).as(s).isEqualTo(expected);
            if (!expected.isEmpty()) {
                withCells++;
            }
        }
        // the generated texts reach both outcomes often
        assertThat(compared).isGreaterThan(10_000);
        assertThat(withCells).isBetween(1_000, compared - 1_000);
    }

    /** Whether some line holds an odd number of quotes, so that a quoted field may run on into the next line. */
    private static boolean quoteOpenAtALineEnd(String s) {
        for (String line : s.split("\n", -1)) {
            if (line.chars().filter(c -> c == '"').count() % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aQuotedFieldRunsOverLinesAsInAHelpdeskExport() {
        String text = "\"Ticket ID\",\"Requester\",\"Phone\",\"Description\"\n"
                + "\"606478\",\"Imani Turner\",\"(020) 7303 3874\",\"Hi,\nI sent the boots back, still no refund.\nCheers\"\n"
                + "\"606479\",\"Bo Li\",\"07812 228714\",\"one line\"";
        assertThat(described(text, EmbeddedTables.cells(text))).containsExactly(
                "Ticket ID=606478", "Requester=Imani Turner", "Phone=(020) 7303 3874",
                "Description=Hi,\nI sent the boots back, still no refund.\nCheers",
                "Ticket ID=606479", "Requester=Bo Li", "Phone=07812 228714", "Description=one line");
        // a quote that opens inside prose stays on its line
        assertThat(EmbeddedTables.cells("He said \"call me,\nname,phone\nAna,0171 3845926")).extracting(EmbeddedTables.Cell::column)
                .containsExactly("name", "phone");
    }
}
