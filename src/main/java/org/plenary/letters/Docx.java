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
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
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
        XWPFStyles styles = doc.createStyles();
        style(styles, TITLE, "Title", 32);
        style(styles, HEADING, "heading 2", 26);
        style(styles, LIST, "List Paragraph", 0);
    }

    /** Word's own style ids, so that Word shows the letter's headings and lists as such (navigation pane, outline). */
    static final String TITLE = "Title";
    static final String HEADING = "Heading2";
    static final String LIST = "ListParagraph";

    private static void style(XWPFStyles styles, String id, String name, int halfPoints) {
        CTStyle st = CTStyle.Factory.newInstance();
        st.setStyleId(id);
        st.setType(STStyleType.PARAGRAPH);
        st.addNewName().setVal(name);
        st.addNewQFormat();
        if (halfPoints > 0) {
            st.addNewBasedOn().setVal("Normal");
            var rpr = st.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            rpr.addNewColor().setVal("1D4F91");
            var ppr = st.addNewPPr();
            ppr.addNewKeepNext();
            if (HEADING.equals(id)) {
                ppr.addNewOutlineLvl().setVal(BigInteger.ONE);
            }
        } else {
            st.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(567));
        }
        styles.addStyle(new XWPFStyle(st, styles));
    }

    public static Docx create(Locale locale) {
        return new Docx(locale);
    }

    public Docx title(String text) {
        styled(text, 16, true, ParagraphAlignment.CENTER);
        last().setStyle(TITLE);
        return this;
    }

    public Docx heading(String text) {
        styled(text, 13, true, null);
        last().setStyle(HEADING);
        return this;
    }

    /** A list item: Word's list-paragraph style, the bullet written as text in the letter's own sign. */
    public Docx listItem(String text) {
        XWPFParagraph p = newParagraph();
        p.setStyle(LIST);
        run(p, text, BODY_SIZE, false);
        return this;
    }

    private XWPFParagraph last() {
        List<XWPFParagraph> ps = doc.getParagraphs();
        return ps.get(ps.size() - 1);
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
