package org.plenary.secretariat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /secretariat}: the meetings by phase; {@code /secretariat/meetings/{code}/overview}: one meeting at a glance. */
@Controller
class ControlRoomPages {

    private final ControlRoom room;

    ControlRoomPages(ControlRoom room) {
        this.room = room;
    }

    @GetMapping("/secretariat")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String home(Model model) {
        List<ControlRoom.Listed> all = room.meetings();
        Map<String, List<ControlRoom.Listed>> groups = new LinkedHashMap<>();
        for (Phase p : Phase.values()) {
            groups.put(p.name().toLowerCase(Locale.ROOT), all.stream().filter(l -> l.phase() == p).toList());
        }
        model.addAttribute("groups", groups);
        return "secretariat/index";
    }

    @GetMapping("/secretariat/meetings/{code}/overview")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String overview(@PathVariable String code, Model model, Locale locale) {
        MeetingOverview o = room.overview(code, locale);
        model.addAttribute("o", o);
        model.addAttribute("meeting", o.meeting());
        return "secretariat/overview";
    }
}
