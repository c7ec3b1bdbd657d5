package org.plenary.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Every CSV file Plenary reads or writes, through Apache Commons CSV (RFC 4180: commas, double
 * quotes, CRLF). Written cells that a spreadsheet would run as a formula (a leading {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) get a leading apostrophe, so that a name
 * typed as {@code =HYPERLINK(…)} stays text. Read files may start with a byte-order mark and may
 * use semicolons, as spreadsheets in many locales save them.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char BOM = '\uFEFF';

    private Csv() {
    }

    /** The header and rows as CSV text, formulas defused. */
    public static String write(List<String> header, List<? extends List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(Csv::defuse).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Csv::defuse).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** CSV text as a download: UTF-8 with a byte-order mark, so that spreadsheets read it as UTF-8. */
    public static byte[] utf8(String csv) {
        return (BOM + csv).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The records of a CSV text, an empty line as one empty cell (so that record {@code n} is line
     * {@code n + 1} of a file without line breaks inside quotes). A broken file (an unclosed quote)
     * is refused with {@code csv.malformed}.
     */
    public static List<List<String>> read(String text) {
        String s = text == null ? "" : text;
        if (!s.isEmpty() && s.charAt(0) == BOM) {
            s = s.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(s)).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(s), format)) {
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw PlenaryException.invalid("csv.malformed", rows.size() + 1);
        }
        return rows;
    }

    /** The cell as text a spreadsheet shows as it is. */
    static String defuse(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** A semicolon when the first line has more of them than commas. */
    private static char delimiter(String s) {
        int end = s.indexOf('\n');
        String first = end < 0 ? s : s.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
