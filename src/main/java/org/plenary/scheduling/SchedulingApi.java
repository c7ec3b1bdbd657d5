package org.plenary.scheduling;

import java.util.List;
import java.util.Locale;

import org.springframework.http.CacheControl;
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
    private final SchedulingManagement scheduling;

    SchedulingApi(RoomDisplay display, SchedulingManagement scheduling) {
        this.display = display;
        this.scheduling = scheduling;
    }

    @GetMapping("/display/{screen}")
    ResponseEntity<RoomDisplay.Board> board(@PathVariable String screen, Locale locale) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(display.board(screen, locale));
    }

    @GetMapping("/meetings/{code}/sessions")
    List<Session> sessions(@PathVariable String code) {
        return scheduling.published(code);
    }
}
