package org.plenary.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a generated PDF's text back (PDFBox), for every module that prints one. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text without any whitespace, so that line wrapping in the PDF does not matter. */
    public static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
