package org.plenary.letters;

import java.util.Locale;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.Downloads;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.plenary.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The collective letter's public page and downloads (collective letters are public, X-DOC-9).
 * {@code /meetings/{code}/letter.pdf} is in the reader's language ({@code ?lang=zh} switches it,
 * as everywhere); {@code /meetings/{code}/letter/zh.pdf} names the language without switching the
 * reader's pages.
 */
@Controller
class LetterPages {

    private final RenderedLetters letters;
    private final MeetingManagement meetings;

    LetterPages(RenderedLetters letters, MeetingManagement meetings) {
        this.letters = letters;
        this.meetings = meetings;
    }

    @GetMapping("/meetings/{code}/letter")
    String page(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        model.addAttribute("missing", LetterReadiness.missing(m));
        model.addAttribute("letterLanguages", Languages.CODES);
        return "letters/letter";
    }

    @GetMapping("/meetings/{code}/letter.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, Locale locale) {
        return pdfIn(code, locale.getLanguage());
    }

    @GetMapping("/meetings/{code}/letter.docx")
    ResponseEntity<byte[]> docx(@PathVariable String code, Locale locale) {
        return docxIn(code, locale.getLanguage());
    }

    @GetMapping("/meetings/{code}/letter/{lang}.pdf")
    ResponseEntity<byte[]> pdfIn(@PathVariable String code, @PathVariable String lang) {
        Locale l = language(lang);
        return download(letters.pdf(letters.content(code, l)), MediaType.APPLICATION_PDF, code, l, "pdf");
    }

    @GetMapping("/meetings/{code}/letter/{lang}.docx")
    ResponseEntity<byte[]> docxIn(@PathVariable String code, @PathVariable String lang) {
        Locale l = language(lang);
        return download(letters.docx(letters.content(code, l)), Downloads.DOCX, code, l, "docx");
    }

    private static Locale language(String lang) {
        if (!Languages.isSupported(lang)) {
            throw PlenaryException.notFound("letter.languageUnknown", lang);
        }
        return Languages.locale(lang);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String code, Locale l, String ext) {
        return Downloads.attachment(body, type, code + "-collective-letter-" + l.getLanguage() + "." + ext);
    }

    @Configuration(proxyBeanMethods = false)
    static class PublicPaths {
        @Bean
        PublicEndpoints lettersPublicEndpoints() {
            return PublicEndpoints.get("/meetings/*/letter", "/meetings/*/letter.pdf", "/meetings/*/letter.docx",
                    "/meetings/*/letter/*");
        }
    }
}
