package org.plenary.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Reads generated letters back: PDF fonts through PDFBox, DOCX paragraphs and tables through POI (PDF text: {@link org.plenary.support.PdfText}). */
final class LetterReading {

    private LetterReading() {
    }

    record FontInfo(String name, boolean embedded) {
    }

    static List<FontInfo> pdfFonts(byte[] pdf) {
        List<FontInfo> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(new FontInfo(f.getName(), f.isEmbedded()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    static XWPFDocument docx(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    /** The table's cells, row by row; line breaks inside a cell come back as "\n". */
    static List<List<String>> cells(XWPFTable table) {
        return table.getRows().stream()
                .map(r -> r.getTableCells().stream().map(c -> c.getText().strip()).toList()).toList();
    }
}
