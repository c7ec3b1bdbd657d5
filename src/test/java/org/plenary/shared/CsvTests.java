package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one CSV reader and writer: RFC 4180 both ways, formulas defused on the way out. */
class CsvTests {

    @Test
    void everyCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        for (String formula : List.of("=HYPERLINK(\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1")) {
            String csv = Csv.write(List.of("h"), List.of(List.of(formula)));
            assertThat(Csv.read(csv).get(1)).as(formula).containsExactly("'" + formula);
        }
        assertThat(Csv.write(List.of("=h"), List.of(List.of("a=1", "x-y")))).isEqualTo("'=h\r\na=1,x-y\r\n");
    }

    @Test
    void cellsWithCommasQuotesAndLineBreaksComeBackAsTheyWent() {
        List<String> row = Arrays.asList("Acme, Inc.", "say \"hi\"", "two\nlines", "Zürich 日内瓦", null);
        String csv = Csv.write(List.of("a", "b", "c", "d", "e"), List.of(row));
        assertThat(csv).startsWith("a,b,c,d,e\r\n\"Acme, Inc.\",\"say \"\"hi\"\"\"");
        assertThat(Csv.read(csv)).containsExactly(List.of("a", "b", "c", "d", "e"),
                List.of("Acme, Inc.", "say \"hi\"", "two\nlines", "Zürich 日内瓦", ""));
    }

    @Test
    void downloadsCarryAByteOrderMarkThatReadingSkips() {
        byte[] file = Csv.utf8(Csv.write(List.of("name"), List.of(List.of("Ūla"))));
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Csv.read(new String(file, StandardCharsets.UTF_8))).containsExactly(List.of("name"), List.of("Ūla"));
    }

    @Test
    void semicolonFilesAndEmptyLinesKeepTheirLineNumbers() {
        assertThat(Csv.read("code;note\r\n\r\nbo;\"LLDC; landlocked\"\n")).containsExactly(List.of("code", "note"),
                List.of(""), List.of("bo", "LLDC; landlocked"));
        assertThat(Csv.read(null)).isEmpty();
    }

    @Test
    void anUnclosedQuoteIsRefusedAsInvalidInput() {
        assertThatThrownBy(() -> Csv.read("type,name\norganisation,\"Acme\n"))
                .isInstanceOfSatisfying(PlenaryException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("csv.malformed");
                    assertThat(e.status().value()).isEqualTo(400);
                });
    }
}
