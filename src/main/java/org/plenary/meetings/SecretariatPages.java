package org.plenary.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages to edit a meeting, its agenda, time plan and deadlines. The home,
 * {@code /secretariat}, is the control room ({@code org.plenary.secretariat}).
 */
@Controller
@RequestMapping("/secretariat")
class SecretariatPages {

    private final MeetingManagement meetings;
    private final MeetingSetup setup;
    private final ProgrammeEditing programme;
    private final MeetingInformation information;
    private final DeadlineOverrides overrides;
    private final Translations translations;
    private final MessageSource messages;
    private final List<PublishedTimePlan> publishedPlans;

    SecretariatPages(MeetingManagement meetings, MeetingSetup setup, ProgrammeEditing programme,
            MeetingInformation information, DeadlineOverrides overrides, Translations translations,
            MessageSource messages, List<PublishedTimePlan> publishedPlans) {
        this.meetings = meetings;
        this.setup = setup;
        this.programme = programme;
        this.information = information;
        this.overrides = overrides;
        this.translations = translations;
        this.messages = messages;
        this.publishedPlans = publishedPlans;
    }

    /** The details form: the English texts (the translation desk edits the other languages), dates, times, contact. */
    record MeetingForm(@Size(max = InputLimits.TITLE) String titleEn, @Size(max = InputLimits.NAME) String placeEn,
            @Size(max = InputLimits.NAME) String venueEn, String firstDay, String lastDay,
            @Size(max = InputLimits.CODE * 2) String timeZone, String openingTime, String registrationTime,
            @Size(max = InputLimits.NAME) String chairEn, @Size(max = InputLimits.NAME) String contactEmail,
            @Size(max = InputLimits.CODE) String contactPhone, long version) {

        static MeetingForm of(Meeting m) {
            return new MeetingForm(m.title().get("en"), m.place().get("en"), m.venue().get("en"),
                    m.firstDay().toString(), m.lastDay().toString(), m.zone().getId(), m.openingTime().toString(),
                    m.registrationTime().toString(), m.chair().get("en"), m.contact().email(), m.contact().phone(),
                    m.version());
        }

        MeetingDetails toDetails(Meeting m) {
            return new MeetingDetails(m.title().withEnglish(titleEn), m.place().withEnglish(placeEn),
                    m.venue().withEnglish(venueEn), FormValues.day(firstDay), FormValues.day(lastDay), timeZone,
                    FormValues.time(openingTime), FormValues.time(registrationTime), m.registrationPlace(),
                    m.chair().withEnglish(chairEn), contactEmail, contactPhone);
        }
    }

    @GetMapping("/meetings/{code}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String details(@PathVariable String code, Model model) {
        Meeting m = show(meetings.get(code), model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MeetingForm.of(m));
        }
        return "secretariat/meeting";
    }

    @PostMapping("/meetings/{code}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String saveDetails(@PathVariable String code, @Valid MeetingForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        Meeting m = meetings.get(code);
        return save(() -> setup.updateDetails(code, form.toDetails(m), form.version()), model, locale, redirect,
                code, () -> {
                    model.addAttribute("form", form);
                    return details(code, model);
                });
    }

    @GetMapping("/meetings/{code}/agenda")
    @OfficerOfMeeting
    String agenda(@PathVariable String code, Model model) {
        show(meetings.get(code), model);
        return "secretariat/agenda";
    }

    @PostMapping("/meetings/{code}/agenda")
    @OfficerOfMeeting
    String addAgendaItem(@PathVariable String code,
            @RequestParam @Size(max = InputLimits.AGENDA_NUMBER) String number,
            @RequestParam @Size(max = InputLimits.TITLE) String titleEn, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return agendaChange(code, model, locale, htmx,
                () -> programme.addAgendaItem(code, new Meeting.AgendaItem(number.strip(), LocalizedText.en(titleEn))));
    }

    @PostMapping("/meetings/{code}/agenda/{number}")
    @OfficerOfMeeting
    String updateAgendaItem(@PathVariable String code, @PathVariable String number,
            @RequestParam @Size(max = InputLimits.TITLE) String titleEn, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Meeting m = meetings.get(code);
        LocalizedText old = m.agenda().stream().filter(a -> a.number().equals(number)).findFirst()
                .map(Meeting.AgendaItem::title).orElse(LocalizedText.en(""));
        return agendaChange(code, model, locale, htmx,
                () -> programme.updateAgendaItem(code, number, old.withEnglish(titleEn)));
    }

    @PostMapping("/meetings/{code}/agenda/{number}/delete")
    @OfficerOfMeeting
    String removeAgendaItem(@PathVariable String code, @PathVariable String number, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return agendaChange(code, model, locale, htmx, () -> programme.removeAgendaItem(code, number));
    }

    private String agendaChange(String code, Model model, Locale locale, String htmx, Runnable change) {
        try {
            change.run();
            model.addAttribute("saved", true);
        } catch (PlenaryException e) {
            model.addAttribute("error", FormError.message(e, messages, locale));
        }
        show(meetings.get(code), model);
        return htmx != null ? "secretariat/agenda :: editor" : "secretariat/agenda";
    }

    @GetMapping("/meetings/{code}/time-plan")
    @OfficerOfMeeting
    String timePlan(@PathVariable String code, Model model) {
        Meeting m = show(meetings.get(code), model);
        model.addAttribute("planPublished", MeetingPages.publishedPlan(publishedPlans, m, Locale.ENGLISH).isPresent());
        return "secretariat/time-plan";
    }

    /** Fields are named {@code 2026-06-09.MORNING.en}; an empty cell is removed. */
    @PostMapping("/meetings/{code}/time-plan")
    @OfficerOfMeeting
    String saveTimePlan(@PathVariable String code, @RequestParam Map<String, String> fields, Model model,
            Locale locale, RedirectAttributes redirect) {
        Meeting m = meetings.get(code);
        List<Meeting.TimePlanCell> cells = new ArrayList<>();
        for (LocalDate day : m.timePlanDays()) {
            for (HalfDay half : HalfDay.values()) {
                String key = day + "." + half;
                LocalizedText old = m.cell(day, half).map(Meeting.TimePlanCell::text).orElse(LocalizedText.en(""));
                cells.add(new Meeting.TimePlanCell(day, half, old.withEnglish(fields.getOrDefault(key + ".en", ""))));
            }
        }
        return save(() -> programme.replaceTimePlan(code, cells, version(fields.get("version"))), model, locale,
                redirect, code + "/time-plan", () -> timePlan(code, model));
    }

    @GetMapping("/meetings/{code}/practical-information")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String practicalInformation(@PathVariable String code, Model model) {
        show(meetings.get(code), model);
        return "secretariat/practical-information";
    }

    /**
     * Fields {@code key.N}, {@code title.N.en}, {@code body.N.en} for N = 0..count (the last one
     * adds a section when its key is filled); a section whose key is emptied is removed.
     */
    @PostMapping("/meetings/{code}/practical-information")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String savePracticalInformation(@PathVariable String code, @RequestParam Map<String, String> fields, Model model,
            Locale locale, RedirectAttributes redirect) {
        Meeting m = meetings.get(code);
        List<Meeting.PracticalSection> sections = new ArrayList<>();
        for (int i = 0; i <= m.practicalInformation().size(); i++) {
            String key = fields.getOrDefault("key." + i, "").strip();
            if (key.isEmpty()) {
                continue;
            }
            Meeting.PracticalSection old = i < m.practicalInformation().size() ? m.practicalInformation().get(i) : null;
            LocalizedText title = (old == null ? LocalizedText.en("") : old.title())
                    .withEnglish(fields.getOrDefault("title." + i + ".en", ""));
            LocalizedText body = (old == null ? LocalizedText.en("") : old.body())
                    .withEnglish(fields.getOrDefault("body." + i + ".en", ""));
            sections.add(new Meeting.PracticalSection(key, title, body));
        }
        return save(() -> information.replacePracticalInformation(code, sections), model, locale, redirect,
                code + "/practical-information", () -> practicalInformation(code, model));
    }

    @GetMapping("/meetings/{code}/deadlines")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String deadlines(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        model.addAttribute("deadlines", meetings.deadlines(m));
        return "secretariat/deadlines";
    }

    @PostMapping("/meetings/{code}/deadlines/{rule}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String overrideDeadline(@PathVariable String code, @PathVariable DeadlineRule rule,
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.TITLE) String note,
            @RequestParam(defaultValue = "false") boolean clear, Model model, Locale locale,
            RedirectAttributes redirect) {
        return save(() -> {
            if (clear) {
                overrides.clearDeadlineOverride(code, rule);
            } else {
                overrides.overrideDeadline(code, rule, FormValues.day(day), note);
            }
        }, model, locale, redirect, code + "/deadlines", () -> deadlines(code, model));
    }

    /**
     * Saves one form: on success back to the page ({@code path} under the meeting's pages) saying
     * "Saved."; on a refusal the same page again, with the translated message and what was typed.
     */
    private String save(Runnable change, Model model, Locale locale, RedirectAttributes redirect, String path,
            Supplier<String> page) {
        try {
            change.run();
        } catch (PlenaryException e) {
            model.addAttribute("error", FormError.message(e, messages, locale));
            return page.get();
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/secretariat/meetings/" + path;
    }

    /** The meeting on an English form, with how far its translations are (for whom translates them). */
    private Meeting show(Meeting m, Model model) {
        model.addAttribute("meeting", m);
        model.addAttribute("translationSummary", translations.summary(m).orElse(null));
        return m;
    }

    /** The version the form was rendered with; a missing or garbled one counts as stale. */
    private static long version(String s) {
        try {
            return Long.parseLong(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw PlenaryException.conflict("meeting.changedMeanwhile");
        }
    }
}
