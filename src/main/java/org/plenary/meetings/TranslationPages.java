package org.plenary.meetings;

import java.util.List;
import java.util.Locale;

import org.plenary.meetings.TranslationBasis.Status;
import org.plenary.shared.FormError;
import org.plenary.shared.PlenaryException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's translation desk: per language, every text of the meeting beside its English,
 * with its status, saved one text at a time (htmx swaps the row and, out of band, the language's
 * progress line; without JavaScript the page reloads at the row).
 */
@Controller
@RequestMapping("/secretariat/meetings/{code}/translations")
@PreAuthorize("hasRole('SECRETARIAT')")
class TranslationPages {

    private final MeetingManagement meetings;
    private final Translations translations;
    private final MessageSource messages;

    TranslationPages(MeetingManagement meetings, Translations translations, MessageSource messages) {
        this.meetings = meetings;
        this.translations = translations;
        this.messages = messages;
    }

    @GetMapping
    String overview(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        model.addAttribute("progress", translations.progress(m));
        return "secretariat/translations";
    }

    @GetMapping("/{language}")
    String language(@PathVariable String code, @PathVariable String language,
            @RequestParam(required = false) String status, Model model) {
        Meeting m = meetings.get(code);
        Status only = parse(status);
        List<Translations.Row> rows = translations.rows(m, language);
        model.addAttribute("meeting", m);
        model.addAttribute("language", language);
        model.addAttribute("targetDir", "en".equals(language) ? "ltr" : textDir(language));
        model.addAttribute("status", only);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("progress", translations.progress(m, language));
        model.addAttribute("rows", rows.stream().filter(r -> only == null || r.status() == only).toList());
        return "secretariat/translate";
    }

    @PostMapping("/{language}")
    String save(@PathVariable String code, @PathVariable String language, @RequestParam String key,
            @RequestParam(required = false) String text, @RequestParam(required = false) String basis,
            @RequestParam(required = false) Integer row, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
        int index = row == null ? 0 : Math.max(0, row);
        try {
            Translations.Translated saved = translations.translate(code, key, language, text, basis);
            if (htmx != null) {
                model.addAttribute("saved", true);
                model.addAttribute("progress", translations.progress(saved.meeting(), language));
                row(model, saved.row(), index, saved.meeting(), language);
                return "secretariat/translate :: saved"; // the card, and the language's progress out of band
            }
            redirect.addFlashAttribute("savedKey", key);
        } catch (PlenaryException e) {
            String message = FormError.message(e, messages, locale);
            if (htmx != null) {
                Meeting m = meetings.get(code);
                Translations.Row current = translations.rows(m, language).stream()
                        .filter(r -> r.entry().key().equals(key)).findFirst().orElseThrow(() -> e);
                model.addAttribute("error", message);
                return row(model, new Translations.Row(current.entry(), current.english(), text, current.status(),
                        current.englishSha256()), index, m, language);
            }
            redirect.addFlashAttribute("error", message);
        }
        return "redirect:/secretariat/meetings/" + code + "/translations/" + language + "#t-" + index;
    }

    /** The one text's card, swapped in place by htmx: after a save, or with the refusal and what was typed. */
    private static String row(Model model, Translations.Row row, int index, Meeting m, String language) {
        model.addAttribute("r", row);
        model.addAttribute("i", index);
        model.addAttribute("meeting", m);
        model.addAttribute("language", language);
        model.addAttribute("targetDir", textDir(language));
        return "secretariat/translate :: row";
    }

    private static String textDir(String language) {
        return "ar".equals(language) ? "rtl" : "ltr";
    }

    private static Status parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        for (Status s : Status.values()) {
            if (s.name().equalsIgnoreCase(status)) {
                return s;
            }
        }
        throw PlenaryException.invalid("translations.unknownStatus", status);
    }
}
