package org.plenary.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

/**
 * The events held alongside a meeting: add, change, remove, each through
 * {@link MeetingInformation#replaceCoLocatedEvents}. An event is named by its position and the
 * meeting's version the page was read at, so that a change made meanwhile is refused, not overwritten.
 */
@Controller
@RequestMapping("/secretariat/meetings/{code}/events")
class CoLocatedEventPages {

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("event.incomplete", "title"),
            Map.entry("event.endBeforeStart", "end"), Map.entry("event.tooFar", "day"),
            Map.entry("form.dateInvalid", "day"), Map.entry("form.timeInvalid", "start"));

    private final MeetingManagement meetings;
    private final MeetingInformation information;
    private final MessageSource messages;

    CoLocatedEventPages(MeetingManagement meetings, MeetingInformation information, MessageSource messages) {
        this.meetings = meetings;
        this.information = information;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    String page(@PathVariable String code, Model model) {
        model.addAttribute("meeting", meetings.get(code));
        return "secretariat/events";
    }

    /** {@code index} empty adds an event; otherwise changes the event at that position. */
    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    String save(@PathVariable String code, @RequestParam(defaultValue = "") @Size(max = 3) String index,
            @RequestParam(defaultValue = "") @Size(max = 20) String version,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.TITLE) String titleEn,
            @RequestParam(defaultValue = "") @Size(max = 10) String day,
            @RequestParam(defaultValue = "") @Size(max = 8) String start,
            @RequestParam(defaultValue = "") @Size(max = 8) String end,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.REFERENCE) String reference, Model model,
            Locale locale, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return change(code, index, model, locale, htmx,
                Map.of("title", titleEn, "day", day, "start", start, "end", end, "reference", reference), () -> {
                    Meeting m = current(code, version);
                    List<Meeting.CoLocatedEvent> events = new ArrayList<>(m.coLocatedEvents());
                    int at = index.isBlank() ? -1 : position(index, events);
                    LocalizedText title = (at < 0 ? LocalizedText.en("") : events.get(at).title()).with("en", titleEn);
                    var e = new Meeting.CoLocatedEvent(title, FormValues.day(day),
                            FormValues.time(start), FormValues.time(end),
                            reference.isBlank() ? null : reference.strip());
                    if (at < 0) {
                        events.add(e);
                    } else {
                        events.set(at, e);
                    }
                    information.replaceCoLocatedEvents(code, events);
                });
    }

    @PostMapping("/remove")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String remove(@PathVariable String code, @RequestParam(defaultValue = "") @Size(max = 3) String index,
            @RequestParam(defaultValue = "") @Size(max = 20) String version, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return change(code, index, model, locale, htmx, Map.of(), () -> {
            List<Meeting.CoLocatedEvent> events = new ArrayList<>(current(code, version).coLocatedEvents());
            events.remove(position(index, events));
            information.replaceCoLocatedEvents(code, events);
        });
    }

    private String change(String code, String index, Model model, Locale locale, String htmx, Map<String, String> typed,
            Runnable change) {
        FormError.attempt(change, model, messages, locale, FIELDS, "failedIndex", index, typed);
        model.addAttribute("meeting", meetings.get(code));
        return htmx != null ? "secretariat/events :: editor" : "secretariat/events";
    }

    private Meeting current(String code, String version) {
        Meeting m = meetings.get(code);
        if (!version.strip().equals(String.valueOf(m.version()))) {
            throw PlenaryException.conflict("meeting.changedMeanwhile");
        }
        return m;
    }

    private static int position(String index, List<?> events) {
        try {
            int i = Integer.parseInt(index.strip());
            if (i >= 0 && i < events.size()) {
                return i;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw PlenaryException.conflict("meeting.changedMeanwhile");
    }
}
