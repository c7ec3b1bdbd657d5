package org.plenary.scheduling;

import java.util.List;
import java.util.Locale;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public pages: a meeting's published plan (the Annex B grid derived from sessions, with
 * calendar links) and room-display screens that refresh themselves.
 */
@Controller
class PublicSchedulePages {

    private final SchedulePublishing publishing;
    private final RoomManagement rooms;
    private final MeetingManagement meetings;
    private final SessionLabels labels;
    private final RoomDisplay display;

    PublicSchedulePages(SchedulePublishing publishing, RoomManagement rooms, MeetingManagement meetings, SessionLabels labels,
            RoomDisplay display) {
        this.publishing = publishing;
        this.rooms = rooms;
        this.meetings = meetings;
        this.labels = labels;
        this.display = display;
    }

    @GetMapping("/meetings/{code}/sessions")
    String sessions(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        List<Session> published = publishing.published(m);
        model.addAttribute("meeting", m);
        model.addAttribute("studyGroup", meetings.studyGroup(m.studyGroup()));
        model.addAttribute("sessions", published);
        model.addAttribute("rows", labels.timePlan(m, published));
        model.addAttribute("roomNames", SchedulingPages.roomNames(rooms.rooms(code)));
        model.addAttribute("version", publishing.versions(code).stream().findFirst().orElse(null));
        return "scheduling/sessions";
    }

    /** The screen page: loads once, then replaces its board every {@code every} seconds (2-60, default 20). */
    @GetMapping("/display/{screen}")
    String screen(@PathVariable String screen, @RequestParam(defaultValue = "20") int every, Locale locale,
            Model model) {
        model.addAttribute("board", display.board(screen, locale));
        model.addAttribute("every", Math.max(2, Math.min(60, every)));
        return "scheduling/display";
    }

    /**
     * The board alone, swapped into the page by htmx: the page's DOM stays the same size over days. Sent
     * with an ETag and {@code no-cache} ({@code PublicReadCache}): a screen asks again each time and gets a 304
     * while nothing changed.
     */
    @GetMapping("/display/{screen}/board")
    String boardOnly(@PathVariable String screen, Locale locale, Model model) {
        model.addAttribute("board", display.board(screen, locale));
        return "scheduling/display :: board";
    }
}
