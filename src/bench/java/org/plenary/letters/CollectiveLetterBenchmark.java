package org.plenary.letters;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.junit.jupiter.api.Test;
import org.plenary.shared.DocumentRenderer;
import org.plenary.shared.Languages;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Not part of {@code ./mvnw verify} (surefire runs *Tests only): {@code bench/letters/run.sh}.
 * Times the demo collective letter per language and form, next to a baseline measured in the
 * same run: the same English XHTML through a bare openhtmltopdf builder (no bundled fonts, no
 * bidi, no ToUnicode repair).
 */
@IntegrationTest
class CollectiveLetterBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 10;

    @Autowired
    CollectiveLetters letters;
    @Autowired
    DocumentRenderer renderer;
    @Autowired
    ITemplateEngine templates;

    @Test
    void benchmark() {
        CollectiveLetter en = letters.letter("SG12-2026-06", Locale.ENGLISH);
        Context ctx = new Context(Locale.ENGLISH, Map.of("letter", en, "lang", "en", "dir", "ltr"));
        String xhtml = templates.process("letters/collective", ctx);
        System.out.printf("%-34s %10s %10s %10s%n", "case", "median ms", "p90 ms", "bytes");
        report("baseline: bare openhtmltopdf, en", () -> bare(xhtml));
        report("renderer (fonts, bidi, repair), en", () -> renderer.pdfFromXhtml(xhtml, Locale.ENGLISH));
        for (String lang : Languages.CODES) {
            Locale l = Languages.locale(lang);
            report("collective letter PDF, " + lang, () -> letters.pdf("SG12-2026-06", l));
            report("collective letter DOCX, " + lang, () -> letters.docx("SG12-2026-06", l));
        }
    }

    private static byte[] bare(String xhtml) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void report(String name, Supplier<byte[]> work) {
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        List<Long> ms = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            size = work.get().length;
            ms.add((System.nanoTime() - t0) / 1_000_000);
        }
        Collections.sort(ms);
        System.out.printf("%-34s %10d %10d %10d%n", name, ms.get(RUNS / 2), ms.get((int) Math.ceil(RUNS * 0.9) - 1),
                size);
    }
}
