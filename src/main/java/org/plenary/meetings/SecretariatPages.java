package org.plenary.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
    private final MessageSource messages;

    SecretariatPages(MeetingManagement meetings, MeetingSetup setup, ProgrammeEditing programme,
            MeetingInformation information, DeadlineOverrides overrides, MessageSource messages) {
        this.meetings = meetings;
        this.setup = setup;
        this.programme = programme;
        this.information = information;
        this.overrides = overrides;
        this.messages = messages;
    }

    /** The details form: one field per language for the texts the letter prints. */
    record MeetingForm(@Size(max = InputLimits.TITLE) String titleEn, @Size(max = InputLimits.TITLE) String titleZh,
            @Size(max = InputLimits.NAME) String placeEn, @Size(max = InputLimits.NAME) String placeZh,
            @Size(max = InputLimits.NAME) String venueEn, @Size(max = InputLimits.NAME) String venueZh,
            String firstDay, String lastDay, @Size(max = InputLimits.CODE * 2) String timeZone, String openingTime,
            String registrationTime, @Size(max = InputLimits.NAME) String chairEn,
            @Size(max = InputLimits.NAME) String chairZh, @Size(max = InputLimits.NAME) String contactEmail,
            @Size(max = InputLimits.CODE) String contactPhone, long version) {

        static MeetingForm of(Meeting m) {
            return new MeetingForm(m.title().get("en"), m.title().get("zh"), m.place().get("en"), m.place().get("zh"),
                    m.venue().get("en"), m.venue().get("zh"), m.firstDay().toString(), m.lastDay().toString(),
                    m.zone().getId(), m.openingTime().toString(), m.registrationTime().toString(), m.chair().get("en"),
                    m.chair().get("zh"), m.contact().email(), m.contact().phone(), m.version());
        }

        MeetingDetails toDetails(Meeting m) {
            return new MeetingDetails(m.title().with("en", titleEn).with("zh", titleZh),
                    m.place().with("en", placeEn).with("zh", placeZh), m.venue().with("en", venueEn).with("zh", venueZh),
                    day(firstDay), day(lastDay), timeZone, time(openingTime), time(registrationTime),
                    m.registrationPlace(), m.chair().with("en", chairEn).with("zh", chairZh), contactEmail,
                    contactPhone);
        }
    }

    @GetMapping("/meetings/{code}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String details(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
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
        try {
            setup.updateDetails(code, form.toDetails(m), form.version());
        } catch (PlenaryException e) {
            model.addAttribute("form", form);
            model.addAttribute("error", message(e, locale));
            return details(code, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/secretariat/meetings/" + code;
    }

    @GetMapping("/meetings/{code}/agenda")
    @OfficerOfMeeting
    String agenda(@PathVariable String code, Model model) {
        model.addAttribute("meeting", meetings.get(code));
        return "secretariat/agenda";
    }

    @PostMapping("/meetings/{code}/agenda")
    @OfficerOfMeeting
    String addAgendaItem(@PathVariable String code,
            @RequestParam @Size(max = InputLimits.AGENDA_NUMBER) String number,
            @RequestParam @Size(max = InputLimits.TITLE) String titleEn,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.TITLE) String titleZh, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return agendaChange(code, model, locale, htmx, () -> programme.addAgendaItem(code,
                new Meeting.AgendaItem(number.strip(), LocalizedText.en(titleEn).with("zh", titleZh))));
    }

    @PostMapping("/meetings/{code}/agenda/{number}")
    @OfficerOfMeeting
    String updateAgendaItem(@PathVariable String code, @PathVariable String number,
            @RequestParam @Size(max = InputLimits.TITLE) String titleEn,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.TITLE) String titleZh, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Meeting m = meetings.get(code);
        LocalizedText old = m.agenda().stream().filter(a -> a.number().equals(number)).findFirst()
                .map(Meeting.AgendaItem::title).orElse(LocalizedText.en(""));
        return agendaChange(code, model, locale, htmx,
                () -> programme.updateAgendaItem(code, number, old.with("en", titleEn).with("zh", titleZh)));
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
            model.addAttribute("error", message(e, locale));
        }
        model.addAttribute("meeting", meetings.get(code));
        return htmx != null ? "secretariat/agenda :: editor" : "secretariat/agenda";
    }

    @GetMapping("/meetings/{code}/time-plan")
    @OfficerOfMeeting
    String timePlan(@PathVariable String code, Model model) {
        model.addAttribute("meeting", meetings.get(code));
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
                LocalizedText text = old.with("en", fields.getOrDefault(key + ".en", ""))
                        .with("zh", fields.getOrDefault(key + ".zh", ""));
                cells.add(new Meeting.TimePlanCell(day, half, text));
            }
        }
        try {
            programme.replaceTimePlan(code, cells, version(fields.get("version")));
        } catch (PlenaryException e) {
            model.addAttribute("error", message(e, locale));
            return timePlan(code, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/secretariat/meetings/" + code + "/time-plan";
    }

    @GetMapping("/meetings/{code}/practical-information")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String practicalInformation(@PathVariable String code, Model model) {
        model.addAttribute("meeting", meetings.get(code));
        return "secretariat/practical-information";
    }

    /**
     * Fields {@code key.N}, {@code title.N.en|zh}, {@code body.N.en|zh} for N = 0..count (the last one
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
                    .with("en", fields.getOrDefault("title." + i + ".en", ""))
                    .with("zh", fields.getOrDefault("title." + i + ".zh", ""));
            LocalizedText body = (old == null ? LocalizedText.en("") : old.body())
                    .with("en", fields.getOrDefault("body." + i + ".en", ""))
                    .with("zh", fields.getOrDefault("body." + i + ".zh", ""));
            sections.add(new Meeting.PracticalSection(key, title, body));
        }
        try {
            information.replacePracticalInformation(code, sections);
        } catch (PlenaryException e) {
            model.addAttribute("error", message(e, locale));
            return practicalInformation(code, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/secretariat/meetings/" + code + "/practical-information";
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
        try {
            if (clear) {
                overrides.clearDeadlineOverride(code, rule);
            } else {
                overrides.overrideDeadline(code, rule, day(day), note);
            }
        } catch (PlenaryException e) {
            model.addAttribute("error", message(e, locale));
            return deadlines(code, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/secretariat/meetings/" + code + "/deadlines";
    }

    private String message(PlenaryException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
    }

    /** The version the form was rendered with; a missing or garbled one counts as stale. */
    private static long version(String s) {
        try {
            return Long.parseLong(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw PlenaryException.conflict("meeting.changedMeanwhile");
        }
    }

    private static LocalDate day(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw PlenaryException.invalid("form.dateInvalid", s);
        }
    }

    private static LocalTime time(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw PlenaryException.invalid("form.timeInvalid", s);
        }
    }
}
