package org.plenary.letters;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * The collective letter's public files, rendered once per content: the cache key is the letter's
 * whole content ({@link CollectiveLetter} is a record of records), so any change to the meeting,
 * its study group, its language or (for a draft) the date it shows is a new key, visible on the
 * very next download, and nothing needs evicting by hand. Caffeine bounds the cache by size and
 * idle time ({@code spring.cache.caffeine.spec}). Each render counts in
 * {@code plenary.letters.rendered}.
 */
@Component
class RenderedLetters {

    static final String CACHE = "collective-letters";

    private final CollectiveLetters letters;
    private final Counter pdfRenders;
    private final Counter docxRenders;

    RenderedLetters(CollectiveLetters letters, MeterRegistry registry) {
        this.letters = letters;
        this.pdfRenders = Counter.builder("plenary.letters.rendered").tag("format", "pdf")
                .description("Collective letters rendered (cache misses)").register(registry);
        this.docxRenders = Counter.builder("plenary.letters.rendered").tag("format", "docx")
                .description("Collective letters rendered (cache misses)").register(registry);
    }

    /** The letter's content now; cheap (one read), unlike rendering it. */
    CollectiveLetter content(String code, Locale locale) {
        return letters.letter(code, locale);
    }

    @Cacheable(cacheNames = CACHE, key = "{'pdf', #letter}")
    public byte[] pdf(CollectiveLetter letter) {
        pdfRenders.increment();
        return letters.pdf(letter);
    }

    @Cacheable(cacheNames = CACHE, key = "{'docx', #letter}")
    public byte[] docx(CollectiveLetter letter) {
        docxRenders.increment();
        return letters.docx(letter);
    }
}
