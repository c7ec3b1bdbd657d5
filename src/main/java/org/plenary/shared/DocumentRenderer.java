package org.plenary.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.plenary.shared.Languages;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The one HTML→PDF pipeline for every generated letter (collective, visa support, fellowship
 * decision): a Thymeleaf template under {@code templates/letters}, written as well-formed XHTML,
 * rendered by openhtmltopdf with the bundled Noto fonts (Latin and Cyrillic, Simplified Chinese,
 * Arabic) embedded as subsets, and bidi reordering and Arabic shaping for right-to-left languages. Fonts come from the application's resources, never the host.
 */
@Component
public class DocumentRenderer {

    /** CSS family names the PDF templates use ({@code letters/pdf :: head} sets them). */
    public static final String LATIN = "Noto Sans";
    public static final String CHINESE = "Noto Sans SC";
    public static final String ARABIC = "Noto Naskh Arabic";

    private static final Map<String, String> FONT_FILES = Map.of(
            LATIN, "fonts/NotoSans-Regular.ttf",
            CHINESE, "fonts/NotoSansSC-Regular.ttf",
            ARABIC, "fonts/NotoNaskhArabic-Regular.ttf");

    private final ITemplateEngine templates;
    private final ToUnicodeRepair toUnicode = new ToUnicodeRepair();
    private volatile Map<String, byte[]> fonts;

    DocumentRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * Reading the fonts and learning their character maps takes seconds of CPU (the Chinese font has tens of
     * thousands of glyphs): done once the application has started, in the background, not before it answers.
     */
    @EventListener(ApplicationReadyEvent.class)
    void loadFontsInTheBackground() {
        Thread t = new Thread(this::fonts, "document-fonts");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private Map<String, byte[]> fonts() {
        Map<String, byte[]> loaded = fonts;
        if (loaded == null) {
            synchronized (this) {
                if (fonts == null) {
                    Map<String, byte[]> read = Map.of(LATIN, read(FONT_FILES.get(LATIN)),
                            CHINESE, read(FONT_FILES.get(CHINESE)), ARABIC, read(FONT_FILES.get(ARABIC)));
                    read.forEach(toUnicode::learn);
                    fonts = read;
                }
                loaded = fonts;
            }
        }
        return loaded;
    }

    /** Processes the template with the variables in the locale, then renders the result as PDF. */
    public byte[] pdf(String template, Map<String, Object> variables, Locale locale) {
        Context context = new Context(locale, variables);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("dir", Languages.isRightToLeft(locale) ? "rtl" : "ltr");
        return pdfFromXhtml(templates.process(template, context), locale);
    }

    /** Renders well-formed XHTML as PDF with the bundled fonts. */
    public byte[] pdfFromXhtml(String xhtml, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Map<String, byte[]> families = fonts();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(Languages.isRightToLeft(locale) ? TextDirection.RTL : TextDirection.LTR);
            // Every font serves the document and, for characters the chosen family lacks, as a fallback.
            for (String family : List.of(LATIN, CHINESE, ARABIC)) {
                byte[] data = families.get(family);
                builder.useFont(() -> new ByteArrayInputStream(data), family, 400, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return toUnicode.repair(out.toByteArray());
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocumentRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
