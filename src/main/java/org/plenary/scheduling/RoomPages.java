package org.plenary.scheduling;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.FormError;
import org.plenary.shared.FormValues;
import org.plenary.shared.InputLimits;
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
 * The rooms and room-display screens of a meeting's venue, set up by the secretariat
 * ({@link RoomManagement#addRoom}, {@link RoomDisplay#defineScreen}); refusals appear next to the field.
 */
@Controller
@RequestMapping("/secretariat/meetings/{code}")
class RoomPages {

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("scheduling.room.nameRequired", "name"),
            Map.entry("scheduling.room.nameTaken", "name"), Map.entry("scheduling.room.capacityNegative", "capacity"),
            Map.entry("scheduling.room.boothsNegative", "booths"), Map.entry("setup.room.number", "capacity"),
            Map.entry("form.dateInvalid", "unavailable"), Map.entry("scheduling.screen.keyInvalid", "key"),
            Map.entry("scheduling.screen.nameRequired", "screenName"));

    private final MeetingManagement meetings;
    private final RoomManagement rooms;
    private final RoomDisplay display;
    private final MessageSource messages;

    RoomPages(MeetingManagement meetings, RoomManagement rooms, RoomDisplay display, MessageSource messages) {
        this.meetings = meetings;
        this.rooms = rooms;
        this.display = display;
        this.messages = messages;
    }

    @GetMapping("/rooms")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String page(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        String venue = RoomManagement.venueOf(m);
        model.addAttribute("meeting", m);
        model.addAttribute("venue", venue);
        model.addAttribute("rooms", venue.isBlank() ? List.of() : rooms.roomsOfVenue(venue));
        model.addAttribute("screens", venue.isBlank() ? List.of() : display.screensOf(venue));
        return "scheduling/rooms";
    }

    @PostMapping("/rooms")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String addRoom(@PathVariable String code, @RequestParam(defaultValue = "") @Size(max = InputLimits.NAME) String name,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.NAME) String building,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.CODE) String floor,
            @RequestParam(defaultValue = "") @Size(max = 6) String capacity,
            @RequestParam(defaultValue = "0") @Size(max = 3) String booths,
            @RequestParam(defaultValue = "false") boolean remoteEquipment,
            @RequestParam(required = false) @Size(max = 31) List<@Size(max = 10) String> unavailable, Model model,
            Locale locale, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return change(code, "room", model, locale, htmx, Map.of("name", name, "building", building, "floor", floor,
                "capacity", capacity, "booths", booths), () -> {
                    Set<LocalDate> closed = new HashSet<>();
                    for (String d : unavailable == null ? List.<String>of() : unavailable) {
                        if (!d.isBlank()) {
                            closed.add(FormValues.day(d));
                        }
                    }
                    rooms.addRoom(RoomManagement.venueOf(meetings.get(code)), name, building, floor, number(capacity),
                            booths.isBlank() ? 0 : number(booths), remoteEquipment, closed);
                });
    }

    @PostMapping("/screens")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String defineScreen(@PathVariable String code, @RequestParam(defaultValue = "") @Size(max = 60) String key,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.NAME) String screenName,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.NAME) String screenBuilding, Model model,
            Locale locale, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return change(code, "screen", model, locale, htmx,
                Map.of("key", key, "screenName", screenName, "screenBuilding", screenBuilding),
                () -> display.defineScreen(key.strip(), screenName, RoomManagement.venueOf(meetings.get(code)),
                        screenBuilding));
    }

    private String change(String code, String form, Model model, Locale locale, String htmx, Map<String, String> typed,
            Runnable change) {
        FormError.attempt(change, model, messages, locale, FIELDS, "failedForm", form, typed);
        page(code, model);
        return htmx != null ? "scheduling/rooms :: editor" : "scheduling/rooms";
    }

    private static int number(String s) {
        return FormValues.number(s, "setup.room.number");
    }
}
