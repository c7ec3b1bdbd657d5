package org.plenary.scheduling;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.plenary.meetings.OfficerOfMeeting;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON: what a room-display screen shows (public), a meeting's published sessions (public), and its draft sessions
 * (officers), each edited in place with {@code PUT} (the published plan changes only when someone publishes).
 */
@RestController
@RequestMapping("/api/v1")
class SchedulingApi {

    private final RoomDisplay display;
    private final SchedulePublishing publishing;
    private final SessionEditing editing;

    SchedulingApi(RoomDisplay display, SchedulePublishing publishing, SessionEditing editing) {
        this.display = display;
        this.editing = editing;
        this.publishing = publishing;
    }

    @GetMapping("/display/{screen}")
    ResponseEntity<RoomDisplay.Board> board(@PathVariable String screen, Locale locale) {
        return ResponseEntity.ok().body(display.board(screen, locale)); // ETag and no-cache: PublicReadCache
    }

    @GetMapping("/meetings/{code}/sessions")
    List<Session> sessions(@PathVariable String code) {
        return publishing.published(code);
    }

    @GetMapping("/meetings/{code}/draft-sessions")
    @OfficerOfMeeting
    List<Session> drafts(@PathVariable String code) {
        return editing.drafts(code);
    }

    /** Replaces what an edit covers ({@link Session.Edit}); chair, interpretation and preferences stay. */
    @PutMapping("/meetings/{code}/draft-sessions/{id}")
    Session edit(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody Session.Edit edit) {
        return editing.edit(code, id, edit);
    }
}
