package org.plenary.meetings;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat creates a meeting from a page ({@link MeetingSetup#create}); its other tabs edit the rest. */
@Controller
@RequestMapping("/secretariat/meetings")
class MeetingSetupPages {

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("meeting.codeInvalid", "code"),
            Map.entry("meeting.codeTaken", "code"), Map.entry("studyGroup.notFound", "studyGroup"),
            Map.entry("meeting.titleRequired", "titleEn"), Map.entry("meeting.daysRequired", "firstDay"),
            Map.entry("meeting.endBeforeStart", "lastDay"), Map.entry("meeting.tooLong", "lastDay"),
            Map.entry("problem.dateOutOfRange", "firstDay"), Map.entry("meeting.timesRequired", "openingTime"),
            Map.entry("meeting.zoneUnknown", "timeZone"), Map.entry("meeting.zoneRegion", "timeZone"));

    /** What the new-meeting form carries; English texts (the other languages are added on the meeting's tabs). */
    record NewMeetingForm(@Size(max = InputLimits.CODE) String code, @Size(max = 3) String studyGroup,
            @Size(max = InputLimits.TITLE) String titleEn, @Size(max = InputLimits.NAME) String placeEn,
            @Size(max = InputLimits.NAME) String venueEn, @Size(max = 10) String firstDay,
            @Size(max = 10) String lastDay, @Size(max = InputLimits.CODE * 2) String timeZone,
            @Size(max = 8) String openingTime, @Size(max = 8) String registrationTime,
            @Size(max = InputLimits.NAME) String chairEn, @Size(max = InputLimits.NAME) String contactEmail,
            @Size(max = InputLimits.CODE) String contactPhone) {

        static NewMeetingForm blank() {
            return new NewMeetingForm("", "", "", "", "", "", "", "Europe/Zurich", "09:30", "08:30", "", "", "");
        }

        MeetingDetails details() {
            return new MeetingDetails(LocalizedText.en(titleEn), LocalizedText.en(placeEn), LocalizedText.en(venueEn),
                    FormValues.day(firstDay), FormValues.day(lastDay), timeZone, FormValues.time(openingTime),
                    FormValues.time(registrationTime), LocalizedText.en(""), LocalizedText.en(chairEn),
                    blankToNull(contactEmail), blankToNull(contactPhone));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    private final MeetingManagement meetings;
    private final MeetingSetup setup;
    private final MessageSource messages;

    MeetingSetupPages(MeetingManagement meetings, MeetingSetup setup, MessageSource messages) {
        this.meetings = meetings;
        this.setup = setup;
        this.messages = messages;
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String form(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NewMeetingForm.blank());
        }
        model.addAttribute("studyGroups", meetings.studyGroups());
        return "secretariat/new-meeting";
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    String create(@Valid NewMeetingForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            int sg;
            try {
                sg = Integer.parseInt(form.studyGroup() == null ? "" : form.studyGroup().strip());
            } catch (NumberFormatException e) {
                throw PlenaryException.notFound("studyGroup.notFound", form.studyGroup());
            }
            Meeting m = setup.create(form.code() == null ? null : form.code().strip(), sg, form.details());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/secretariat/meetings/" + m.code();
        } catch (PlenaryException e) {
            model.addAttribute("form", form);
            model.addAttribute("formError", FormError.of(e, messages, locale, FIELDS));
            return form(model);
        }
    }
}
