package org.plenary.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.plenary.shared.FormError;
import org.plenary.shared.FormValues;
import org.plenary.shared.InputLimits;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The collective letter's particulars (reference, date, addressees, signatory, contact) on a page,
 * through {@link MeetingInformation#updateLetter}; English here, other languages kept as they are.
 */
@Controller
@RequestMapping("/secretariat/meetings/{code}/letter")
class LetterParticularsPages {

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("letter.referenceRequired", "reference"),
            Map.entry("letter.dateAfterMeeting", "date"), Map.entry("form.dateInvalid", "date"),
            Map.entry("contact.urlInvalid", "url"));

    /** At most this many addressees (one per line). */
    static final int MAX_ADDRESSEES = 50;

    record LetterForm(@Size(max = InputLimits.REFERENCE) String reference, @Size(max = InputLimits.CODE) String file,
            @Size(max = 10) String date, @Size(max = InputLimits.TEXT) String addressees,
            @Size(max = InputLimits.NAME) String signatory, @Size(max = InputLimits.NAME) String signatoryTitle,
            @Size(max = InputLimits.CODE) String phone, @Size(max = InputLimits.CODE) String fax,
            @Size(max = InputLimits.NAME) String email, @Size(max = InputLimits.TITLE) String url,
            @Size(max = InputLimits.CODE) String agendaUpdateRef, @Size(max = InputLimits.CODE) String timePlanUpdateRef) {

        static LetterForm of(Meeting m) {
            Meeting.Letter l = m.letter();
            Meeting.Contact c = m.contact();
            return new LetterForm(l.reference().get("en"), l.file(), l.date() == null ? "" : l.date().toString(),
                    String.join("\n", l.addressees().stream().map(a -> a.get("en")).toList()), l.signatory().get("en"),
                    l.signatoryTitle().get("en"), c.phone(), c.fax(), c.email(), c.url(), m.agendaUpdateRef(),
                    m.timePlanUpdateRef());
        }

        /** The English lines over the letter's addressees: a line keeps the other languages of the one it replaces. */
        List<LocalizedText> addresseesOver(List<LocalizedText> old) {
            List<String> lines = (addressees == null ? "" : addressees).lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (lines.size() > MAX_ADDRESSEES) {
                throw PlenaryException.invalid("setup.addresseesTooMany", MAX_ADDRESSEES);
            }
            List<LocalizedText> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                out.add((i < old.size() ? old.get(i) : LocalizedText.en("")).with("en", lines.get(i)));
            }
            return out;
        }
    }

    private final MeetingManagement meetings;
    private final MeetingInformation information;
    private final MessageSource messages;

    LetterParticularsPages(MeetingManagement meetings, MeetingInformation information, MessageSource messages) {
        this.meetings = meetings;
        this.information = information;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    String form(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LetterForm.of(m));
        }
        return "secretariat/letter";
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    String save(@PathVariable String code, @Valid LetterForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        Meeting m = meetings.get(code);
        Meeting.Letter old = m.letter();
        try {
            Meeting.Letter letter = new Meeting.Letter(old.reference().with("en", form.reference()), blank(form.file()),
                    FormValues.day(form.date()), form.addresseesOver(old.addressees()),
                    old.signatory().with("en", form.signatory()),
                    old.signatoryTitle().with("en", form.signatoryTitle()));
            information.updateLetter(code, letter, new Meeting.Contact(blank(form.phone()), blank(form.fax()),
                    blank(form.email()), blank(form.url())), blank(form.agendaUpdateRef()),
                    blank(form.timePlanUpdateRef()));
        } catch (PlenaryException e) {
            model.addAttribute("form", form);
            model.addAttribute("formError", FormError.of(e, messages, locale, FIELDS));
            return form(code, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/secretariat/meetings/" + code + "/letter";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
