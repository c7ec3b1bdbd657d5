package org.plenary.scheduling;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON: what a room-display screen shows (public), and a meeting's published sessions (public). */
@RestController
@RequestMapping("/api/v1")
class SchedulingApi {

    private final RoomDisplay display;
    private final SchedulePublishing publishing;

    SchedulingApi(RoomDisplay display, SchedulePublishing publishing) {
        this.display = display;
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
}
