package org.plenary.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.plenary.shared.DocumentRenderer;
import org.plenary.shared.Languages;

/**
 * A small writer for the generated letters' DOCX form (Apache POI), shared by the collective,
 * visa-support and fellowship letters: paragraphs, headings, labelled lines, bullet lists,
 * tables and page breaks, each run naming the same Noto fonts as the PDF (Latin, East Asian and
 * complex-script slots), and paragraphs and runs marked right-to-left for Arabic.
 */
public final class Docx {

    private static final int BODY_SIZE = 11;

    private final XWPFDocument doc = new XWPFDocument();
    private final boolean rtl;
    private final String language;

    private Docx(Locale locale) {
        this.rtl = Languages.isRightToLeft(locale);
        this.language = locale.getLanguage();
    }

    public static Docx create(Locale locale) {
        return new Docx(locale);
    }

    public Docx title(String text) {
        return styled(text, 16, true, ParagraphAlignment.CENTER);
    }

    public Docx heading(String text) {
        return styled(text, 13, true, null);
    }

    public Docx centred(String text, boolean bold) {
        return styled(text, BODY_SIZE, bold, ParagraphAlignment.CENTER);
    }

    public Docx paragraph(String text) {
        return styled(text, BODY_SIZE, false, null);
    }

    /** A paragraph indented by {@code level} steps (agenda sub-items). */
    public Docx indented(String text, int level) {
        XWPFParagraph p = newParagraph();
        p.setIndentationFirstLine(0);
        if (rtl) {
            p.setIndentationRight(level * 567);
        } else {
            p.setIndentationLeft(level * 567);
        }
        run(p, text, BODY_SIZE, false);
        return this;
    }

    /** "Label: value" with the label in bold. */
    public Docx labelled(String label, String value) {
        XWPFParagraph p = newParagraph();
        run(p, label + " ", BODY_SIZE, true);
        run(p, value, BODY_SIZE, false);
        return this;
    }

    public Docx bullets(List<String> items) {
        for (String item : items) {
            indented("• " + item, 1);
        }
        return this;
    }

    /** A table; the first row is a header row when {@code header} is true. Cells may hold several lines. */
    public Docx table(List<List<String>> rows, boolean header) {
        if (rows.isEmpty()) {
            return this;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), columns);
        table.setWidthType(TableWidthType.PCT);
        table.setWidth("100%");
        if (rtl) {
            table.getCTTbl().getTblPr().addNewBidiVisual();
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<String> cells = rows.get(r);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                direction(p);
                run(p, c < cells.size() ? cells.get(c) : "", BODY_SIZE, header && r == 0);
            }
        }
        doc.createParagraph();
        return this;
    }

    public Docx pageBreak() {
        newParagraph().createRun().addBreak(BreakType.PAGE);
        return this;
    }

    public Docx blank() {
        newParagraph();
        return this;
    }

    public byte[] bytes() {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Docx styled(String text, int size, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph p = newParagraph();
        if (alignment != null) {
            p.setAlignment(alignment);
        }
        run(p, text, size, bold);
        return this;
    }

    private XWPFParagraph newParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        direction(p);
        return p;
    }

    private void direction(XWPFParagraph p) {
        if (rtl) {
            var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            ppr.addNewBidi();
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
    }

    /** One run per line; lines of a multi-line text are separated by line breaks. */
    private void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
        r.setFontSize(size);
        r.setBold(bold);
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        fonts.setAscii(DocumentRenderer.LATIN);
        fonts.setHAnsi(DocumentRenderer.LATIN);
        fonts.setEastAsia(DocumentRenderer.CHINESE);
        fonts.setCs(DocumentRenderer.ARABIC);
        if (rtl) {
            rpr.addNewRtl();
            rpr.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
            if (bold) {
                rpr.addNewBCs();
            }
        }
        r.setLang(language);
    }
}
