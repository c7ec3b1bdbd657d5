package org.plenary.scheduling;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.OfficerOfMeeting;
import org.plenary.shared.FormError;
import org.plenary.shared.InputLimits;
import org.plenary.shared.PlenaryException;
import org.springframework.context.MessageSource;
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
 * A draft session edited in place on the scheduling page ({@link SessionEditing#edit}). With htmx the row turns
 * into its form and back without a reload ({@code ?done=true}: the row as it is); without JavaScript the same
 * links and form open the page with that row as a form and come back to it. Refusals appear next to the field,
 * and the row keeps what was typed.
 */
@Controller
@RequestMapping("/meetings/{code}/scheduling/sessions/{id}/edit")
class SessionRowPages {

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("scheduling.session.kindRequired", "kind"),
            Map.entry("scheduling.session.unknownQuestion", "questions"),
            Map.entry("scheduling.session.questionsForKind", "questions"),
            Map.entry("scheduling.session.unknownWorkingParty", "workingParty"),
            Map.entry("scheduling.session.workingPartyRequired", "workingParty"),
            Map.entry("scheduling.session.dayAndTimes", "day"), Map.entry("scheduling.session.dayOutside", "day"),
            Map.entry("scheduling.session.endBeforeStart", "end"),
            Map.entry("scheduling.session.attendanceNegative", "attendance"),
            Map.entry("scheduling.session.durationInvalid", "durationMinutes"),
            Map.entry("scheduling.room.notFound", "roomId"), Map.entry("scheduling.session.roomUnavailable", "roomId"),
            Map.entry("scheduling.session.roomTooSmall", "roomId"),
            Map.entry("scheduling.session.notEnoughBooths", "roomId"),
            Map.entry("scheduling.session.roomDoubleBooked", "roomId"),
            Map.entry("scheduling.session.pinNeedsPlace", "pinned"));

    private final SessionEditing editing;
    private final MeetingManagement meetings;
    private final RoomManagement rooms;
    private final SchedulingPages page;
    private final MessageSource messages;

    SessionRowPages(SessionEditing editing, MeetingManagement meetings, RoomManagement rooms, SchedulingPages page,
            MessageSource messages) {
        this.editing = editing;
        this.meetings = meetings;
        this.rooms = rooms;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping
    @OfficerOfMeeting
    String form(@PathVariable String code, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean done,
            Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        editing.session(code, id);
        if (!done) {
            model.addAttribute("editing", id.toString());
        }
        return answer(code, id, model, locale, htmx);
    }

    @PostMapping
    @OfficerOfMeeting
    String save(@PathVariable String code, @PathVariable UUID id,
            @RequestParam(defaultValue = "") @Size(max = 40) String kind,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.TITLE) String title,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.NAME) String questions,
            @RequestParam(defaultValue = "") @Size(max = 6) String workingParty,
            @RequestParam(defaultValue = "") @Size(max = 10) String day,
            @RequestParam(defaultValue = "") @Size(max = 8) String start,
            @RequestParam(defaultValue = "") @Size(max = 8) String end,
            @RequestParam(defaultValue = "") @Size(max = 36) String roomId,
            @RequestParam(defaultValue = "") @Size(max = 6) String durationMinutes,
            @RequestParam(defaultValue = "") @Size(max = 6) String attendance,
            @RequestParam(defaultValue = "false") boolean pinned, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx, RedirectAttributes flash) {
        editing.session(code, id);
        Map<String, String> typed = Map.ofEntries(Map.entry("kind", kind), Map.entry("title", title),
                Map.entry("questions", questions), Map.entry("workingParty", workingParty), Map.entry("day", day),
                Map.entry("start", start), Map.entry("end", end), Map.entry("roomId", roomId),
                Map.entry("durationMinutes", durationMinutes), Map.entry("attendance", attendance),
                Map.entry("pinned", String.valueOf(pinned)));
        FormError.attempt(() -> editing.edit(code, id, new Session.Edit(kind(kind), title,
                SchedulingPages.questions(questions), optional(workingParty), SchedulingPages.date(day),
                SchedulingPages.time(start), SchedulingPages.time(end), SchedulingPages.uuid(roomId),
                optional(durationMinutes), optional(attendance), pinned)), model, messages, locale, FIELDS,
                "editing", id.toString(), typed);
        if (model.containsAttribute("saved")) {
            if (htmx == null) {
                flash.addFlashAttribute("saved", true);
                return "redirect:/meetings/" + code + "/scheduling#s-" + id;
            }
            model.addAttribute("savedRow", id.toString());
        }
        return answer(code, id, model, locale, htmx);
    }

    /** The row alone for htmx (as a form while {@code editing} is set), the whole page otherwise. */
    private String answer(String code, UUID id, Model model, Locale locale, String htmx) {
        if (htmx == null) {
            return page.page(code, model, locale);
        }
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        model.addAttribute("s", editing.session(code, id));
        var all = rooms.rooms(code);
        model.addAttribute("rooms", all);
        model.addAttribute("roomNames", SchedulingPages.roomNames(all));
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("days", m.timePlanDays());
        return "scheduling/session-row :: row";
    }

    private static SessionKind kind(String s) {
        try {
            return SessionKind.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            throw PlenaryException.invalid("scheduling.session.kindRequired");
        }
    }

    private static Integer optional(String s) {
        return s.isBlank() ? null : SchedulingPages.integer(s);
    }
}
