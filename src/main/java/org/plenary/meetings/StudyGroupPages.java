package org.plenary.meetings;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.plenary.shared.FormError;
import org.plenary.shared.InputLimits;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.FormValues;
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
 * The secretariat's pages for study groups: creating one, and adding or changing its working
 * parties and Questions (through {@link StudyGroupEditing}); htmx saves in place, plain forms work too.
 */
@Controller
@RequestMapping("/secretariat/study-groups")
class StudyGroupPages {

    /** Which field each refusal concerns, to show it next to that field. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("studyGroup.number", "number"),
            Map.entry("studyGroup.exists", "number"), Map.entry("studyGroup.titleRequired", "titleEn"),
            Map.entry("studyGroup.periodInvalid", "studyPeriod"),
            Map.entry("studyGroup.workingPartyNumber", "number"),
            Map.entry("studyGroup.questionNumber", "number"),
            Map.entry("studyGroup.workingPartyNotFound", "workingParty"));

    private final MeetingManagement meetings;
    private final StudyGroupEditing editing;
    private final MessageSource messages;
    private final OfficerAppointments appointments;

    StudyGroupPages(MeetingManagement meetings, StudyGroupEditing editing, MessageSource messages,
            OfficerAppointments appointments) {
        this.appointments = appointments;
        this.meetings = meetings;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    String list(Model model) {
        model.addAttribute("studyGroups", meetings.studyGroups());
        return "secretariat/study-groups";
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    String create(@RequestParam(defaultValue = "") @Size(max = 3) String number,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.TITLE) String titleEn,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.CODE) String studyPeriod, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            StudyGroup sg = editing.createStudyGroup(number(number, "studyGroup.number"), LocalizedText.en(titleEn),
                    studyPeriod.strip());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/secretariat/study-groups/" + sg.number();
        } catch (PlenaryException e) {
            model.addAttribute("formError", FormError.of(e, messages, locale, FIELDS));
            model.addAttribute("typed", Map.of("number", number, "titleEn", titleEn, "studyPeriod", studyPeriod));
            return list(model);
        }
    }

    @GetMapping("/{number}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String one(@PathVariable int number, Model model) {
        model.addAttribute("sg", meetings.studyGroup(number));
        model.addAttribute("rapporteurs", appointments.rapporteurs(number));
        return "secretariat/study-group";
    }

    /** Adds a working party, or changes the one with that number. */
    @PostMapping("/{number}/working-parties")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String saveWorkingParty(@PathVariable int number, @RequestParam(defaultValue = "") @Size(max = 2) String wp,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.TITLE) String titleEn,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.NAME) String chair, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return change(number, "wp", model, locale, htmx, Map.of("number", wp, "titleEn", titleEn, "chair", chair), () -> {
            int n = number(wp, "studyGroup.workingPartyNumber");
            LocalizedText old = meetings.studyGroup(number).workingParty(n).map(StudyGroup.WorkingParty::title)
                    .orElse(LocalizedText.en(""));
            editing.saveWorkingParty(number, new StudyGroup.WorkingParty(n, old.with("en", titleEn), chair.strip()));
        });
    }

    /** Adds a Question, or changes the one with that number; no working party puts it under the plenary. */
    @PostMapping("/{number}/questions")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String saveQuestion(@PathVariable int number, @RequestParam(defaultValue = "") @Size(max = 2) String question,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.TITLE) String titleEn,
            @RequestParam(defaultValue = "") @Size(max = 2) String workingParty, Model model,
            Locale locale, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return change(number, "q", model, locale, htmx, Map.of("number", question, "titleEn", titleEn,
                "workingParty", workingParty), () -> {
                    int n = number(question, "studyGroup.questionNumber");
                    LocalizedText old = meetings.studyGroup(number).question(n).map(StudyGroup.Question::title)
                            .orElse(LocalizedText.en(""));
                    Integer wp = workingParty.isBlank() ? null : number(workingParty, "studyGroup.workingPartyNumber");
                    editing.saveQuestion(number,
                            new StudyGroup.Question(n, old.with("en", titleEn), wp));
                });
    }

    private String change(int number, String form, Model model, Locale locale, String htmx, Map<String, String> typed,
            Runnable change) {
        FormError.attempt(change, model, messages, locale, FIELDS, "failedForm", form, typed);
        model.addAttribute("sg", meetings.studyGroup(number));
        model.addAttribute("rapporteurs", appointments.rapporteurs(number));
        return htmx != null ? "secretariat/study-group :: structure" : "secretariat/study-group";
    }

    private static int number(String s, String refusal) {
        return FormValues.number(s, refusal);
    }
}
