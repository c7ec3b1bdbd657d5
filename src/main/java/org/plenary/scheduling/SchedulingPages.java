package org.plenary.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.meetings.HalfDay;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.OfficerOfMeeting;
import org.plenary.shared.FormValues;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's scheduling page of a meeting: sessions and requests (each edited in place through
 * {@link SessionRowPages}), pinning, the solver's score and broken constraints, publishing and earlier
 * versions with their diff. Rooms and screens are set up on their own page ({@link RoomPages}).
 */
@Controller
class SchedulingPages {

    private final SessionEditing editing;
    private final RoomManagement venueRooms;
    private final ScheduleSolving solving;
    private final SchedulePublishing publishing;
    private final MeetingManagement meetings;
    private final SessionLabels labels;
    private final SolverPages solver;

    SchedulingPages(SessionEditing editing, RoomManagement venueRooms, ScheduleSolving solving,
            SchedulePublishing publishing, MeetingManagement meetings, SessionLabels labels, SolverPages solver) {
        this.solver = solver;
        this.editing = editing;
        this.venueRooms = venueRooms;
        this.solving = solving;
        this.publishing = publishing;
        this.meetings = meetings;
        this.labels = labels;
    }

    @GetMapping("/meetings/{code}/scheduling")
    @OfficerOfMeeting
    String page(@PathVariable String code, Model model, Locale locale) {
        Meeting m = meetings.get(code);
        solver.addTo(model, m, locale);
        List<Session> drafts = editing.drafts(code);
        List<Room> rooms = venueRooms.rooms(code);
        model.addAttribute("meeting", m);
        model.addAttribute("studyGroup", meetings.studyGroup(m.studyGroup()));
        model.addAttribute("sessions", drafts);
        model.addAttribute("unplaced", drafts.stream().filter(s -> !s.placed()).count());
        model.addAttribute("rooms", rooms);
        model.addAttribute("roomNames", roomNames(rooms));
        solver.addDraftReport(model, m, locale);
        model.addAttribute("versions", publishing.versions(code));
        model.addAttribute("conflicts", editing.conflicts(code));
        model.addAttribute("rows", labels.timePlan(m, drafts));
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("days", m.timePlanDays());
        model.addAttribute("halves", HalfDay.values());
        return "scheduling/secretariat";
    }

    static Map<UUID, String> roomNames(List<Room> rooms) {
        return rooms.stream().collect(Collectors.toMap(Room::id, Room::name));
    }

    /** Most requests a form may create at once ("Q4/12 asks for N half-days"). */
    static final int MAX_COUNT = 20;

    @PostMapping("/meetings/{code}/scheduling/sessions")
    String create(@PathVariable String code, @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<String> interpretation,
            @RequestParam(required = false) List<String> preferredDays, RedirectAttributes flash) {
        int count = blank(form.get("count")) ? 1 : integer(form.get("count"));
        if (count < 1 || count > MAX_COUNT) {
            throw PlenaryException.invalid("scheduling.form.count", MAX_COUNT);
        }
        Session.Input in = input(form, interpretation, preferredDays);
        if (count > 1 && in.day() != null) {
            throw PlenaryException.invalid("scheduling.form.countPlaced");
        }
        editing.createAll(code, Collections.nCopies(count, in));
        flash.addFlashAttribute("saved", true);
        return "redirect:/meetings/" + code + "/scheduling";
    }

    @PostMapping("/meetings/{code}/scheduling/sessions/{id}/pin")
    String pin(@PathVariable String code, @PathVariable UUID id, @RequestParam boolean pinned) {
        editing.pin(code, id, pinned);
        return "redirect:/meetings/" + code + "/scheduling#s-" + id;
    }

    @PostMapping("/meetings/{code}/scheduling/sessions/{id}/delete")
    String delete(@PathVariable String code, @PathVariable UUID id) {
        editing.delete(code, id);
        return "redirect:/meetings/" + code + "/scheduling";
    }

    @PostMapping("/meetings/{code}/scheduling/conflicts")
    String conflict(@PathVariable String code, @RequestParam String a, @RequestParam String b) {
        editing.declareConflict(code, integer(a), integer(b));
        return "redirect:/meetings/" + code + "/scheduling#conflicts";
    }

    @PostMapping("/meetings/{code}/scheduling/publish")
    String publish(@PathVariable String code, @RequestParam(required = false) String note, RedirectAttributes flash) {
        flash.addFlashAttribute("published", publishing.publish(code, note));
        return "redirect:/meetings/" + code + "/scheduling#versions";
    }

    @GetMapping("/meetings/{code}/scheduling/versions/{number}")
    @OfficerOfMeeting
    String version(@PathVariable String code, @PathVariable int number,
            @RequestParam(required = false) Integer from, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        model.addAttribute("number", number);
        model.addAttribute("sessions", publishing.published(code, number));
        model.addAttribute("roomNames", roomNames(venueRooms.rooms(code)));
        int previous = from != null ? from : number - 1;
        model.addAttribute("diff", previous >= 1 ? publishing.diff(code, previous, number) : null);
        model.addAttribute("versions", publishing.versions(code));
        return "scheduling/version";
    }

    private static Session.Input input(Map<String, String> f, List<String> interpretation,
            List<String> preferredDays) {
        SessionKind kind;
        try {
            kind = SessionKind.valueOf(f.getOrDefault("kind", ""));
        } catch (IllegalArgumentException e) {
            throw PlenaryException.invalid("scheduling.session.kindRequired");
        }
        return new Session.Input(kind, blank(f.get("workingParty")) ? null : integer(f.get("workingParty")),
                questions(f.getOrDefault("questions", "")),
                f.get("title"), date(f.get("day")), time(f.get("start")), time(f.get("end")), uuid(f.get("roomId")),
                f.get("chair"), interpretation == null ? List.of() : interpretation, f.containsKey("remote"),
                blank(f.get("attendance")) ? 0 : integer(f.get("attendance")), f.containsKey("pinned"),
                blank(f.get("offsetMinutes")) ? 0 : integer(f.get("offsetMinutes")),
                blank(f.get("durationMinutes")) ? null : integer(f.get("durationMinutes")),
                preferredDays == null ? Set.of() : preferredDays.stream().filter(d -> !blank(d))
                        .map(SchedulingPages::date).collect(Collectors.toSet()),
                parse(f.get("preferredHalf"), HalfDay::valueOf));
    }

    /** Question numbers as people type them: "4, 5", "Q4/12 Q5/12". */
    static List<Integer> questions(String typed) {
        List<Integer> questions = new ArrayList<>();
        for (String q : typed.split("[,;\\s]+")) {
            if (!q.isBlank()) {
                questions.add(integer(q.replaceAll("(?i)^q|/.*$", "")));
            }
        }
        return questions;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> T parse(String s, Function<String, T> parser) {
        return FormValues.value(s, parser, "scheduling.form.invalid");
    }

    static Integer integer(String s) {
        return FormValues.number(s, "scheduling.form.invalid");
    }

    static LocalDate date(String s) {
        return FormValues.day(s);
    }

    static LocalTime time(String s) {
        return FormValues.time(s);
    }

    static UUID uuid(String s) {
        return parse(s, UUID::fromString);
    }

}
