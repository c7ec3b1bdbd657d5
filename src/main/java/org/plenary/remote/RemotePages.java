package org.plenary.remote;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.directory.CurrentUser;
import org.plenary.shared.Csv;
import org.plenary.shared.FormError;
import org.plenary.shared.PlenaryException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: remote participation of a meeting, join links, a session's console, attendance lists. */
@Controller
@RequestMapping("/remote")
class RemotePages {

    private static final String LIVE = "remote/console :: live";

    private final RemoteAccess access;
    private final RemoteParticipation remote;
    private final ChairConsole console;
    private final AttendanceLists attendance;
    private final LiveUpdates live;
    private final MessageSource messages;

    RemotePages(RemoteAccess access, RemoteParticipation remote, ChairConsole console, AttendanceLists attendance,
            LiveUpdates live, MessageSource messages) {
        this.access = access;
        this.remote = remote;
        this.console = console;
        this.attendance = attendance;
        this.live = live;
        this.messages = messages;
    }

    record SessionLine(SessionContext session, RemoteParticipation.Standing standing, boolean hasLink) {
    }

    // ---------------------------------------------------------------- requests and links

    @GetMapping("/meetings/{code}")
    String meeting(@PathVariable String code, Model model) {
        var m = access.meeting(code);
        List<SessionContext> sessions = access.sessions(code);
        UUID me = RemoteAccess.myId();
        model.addAttribute("meeting", m);
        model.addAttribute("lines", sessions.stream().map(s -> new SessionLine(s, remote.standing(s, me),
                remote.hasLink(code, s.id()))).toList());
        boolean chair = access.isChair(m);
        model.addAttribute("chair", chair);
        Map<UUID, SessionContext> byId = sessions.stream()
                .collect(Collectors.toMap(SessionContext::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        model.addAttribute("sessionsById", byId);
        List<RemoteRequest> requests = chair ? remote.requests(code) : List.of();
        model.addAttribute("requests", requests);
        model.addAttribute("names", requests.stream().map(RemoteRequest::accountId).distinct()
                .collect(Collectors.toMap(Function.identity(), access::name)));
        return "remote/meeting";
    }

    @PostMapping("/meetings/{code}/sessions/{session}/request")
    String request(@PathVariable String code, @PathVariable UUID session, RedirectAttributes flash, Locale locale) {
        return redirecting(code, flash, locale, () -> remote.request(code, session), "remote.request.sent");
    }

    @PostMapping("/meetings/{code}/requests/{id}/grant")
    String grant(@PathVariable String code, @PathVariable UUID id, RedirectAttributes flash, Locale locale) {
        return redirecting(code, flash, locale, () -> remote.grant(code, id), "remote.request.granted");
    }

    @PostMapping("/meetings/{code}/requests/{id}/refuse")
    String refuse(@PathVariable String code, @PathVariable UUID id, RedirectAttributes flash, Locale locale) {
        return redirecting(code, flash, locale, () -> remote.refuse(code, id), "remote.request.refused");
    }

    @PostMapping("/meetings/{code}/sessions/{session}/link")
    String link(@PathVariable String code, @PathVariable UUID session, RedirectAttributes flash, Locale locale) {
        try {
            flash.addFlashAttribute("link", remote.issueLink(code, session));
            flash.addFlashAttribute("linkSession", session);
        } catch (PlenaryException e) {
            flash.addFlashAttribute("error", message(e, locale));
        }
        return "redirect:/remote/meetings/" + code;
    }

    @PostMapping("/meetings/{code}/sessions/{session}/link/revoke")
    String revoke(@PathVariable String code, @PathVariable UUID session, RedirectAttributes flash, Locale locale) {
        return redirecting(code, flash, locale, () -> remote.revokeLinks(code, session, RemoteAccess.myId()),
                "remote.link.revoked");
    }

    /** A join link: checked for its owner and the session's window, then off to the provider's room. */
    @GetMapping("/join/{token}")
    String join(@PathVariable String token) {
        return "redirect:" + remote.join(token);
    }

    private String redirecting(String code, RedirectAttributes flash, Locale locale, Runnable action, String done) {
        try {
            action.run();
            flash.addFlashAttribute("notice", messages.getMessage(done, null, locale));
        } catch (PlenaryException e) {
            flash.addFlashAttribute("error", message(e, locale));
        }
        return "redirect:/remote/meetings/" + code;
    }

    // ---------------------------------------------------------------- the console

    @GetMapping("/meetings/{code}/sessions/{session}")
    String session(@PathVariable String code, @PathVariable UUID session, Model model) {
        fill(model, code, session);
        return "remote/console";
    }

    @GetMapping("/meetings/{code}/sessions/{session}/live")
    String live(@PathVariable String code, @PathVariable UUID session, Model model) {
        fill(model, code, session);
        return LIVE;
    }

    /** The console's state and, for the chair's side, who may take part in a decision (L-MTG-2). */
    private void fill(Model model, String code, UUID session) {
        ChairConsole.State state = console.state(code, session);
        model.addAttribute("state", state);
        model.addAttribute("decisionList", state.chair() ? attendance.decisionList(code, session) : List.of());
    }

    @GetMapping(path = "/meetings/{code}/sessions/{session}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String code, @PathVariable UUID session) {
        return live.subscribe(console.follow(code, session).id(), CurrentUser.require().getUsername());
    }

    @PostMapping("/meetings/{code}/sessions/{session}/hand")
    String raise(@PathVariable String code, @PathVariable UUID session, @RequestParam(required = false) UUID account,
            Model model, Locale locale) {
        return acting(code, session, model, locale, () -> console.raiseHand(code, session, account));
    }

    @PostMapping("/meetings/{code}/sessions/{session}/hand/lower")
    String lower(@PathVariable String code, @PathVariable UUID session, @RequestParam(required = false) UUID account,
            Model model, Locale locale) {
        return acting(code, session, model, locale, () -> console.lowerHand(code, session, account));
    }

    @PostMapping("/meetings/{code}/sessions/{session}/chat")
    String chat(@PathVariable String code, @PathVariable UUID session, @RequestParam(required = false) String body,
            Model model, Locale locale) {
        return acting(code, session, model, locale, () -> console.post(code, session, body));
    }

    @PostMapping("/meetings/{code}/sessions/{session}/chat/{id}/hide")
    String hide(@PathVariable String code, @PathVariable UUID session, @PathVariable long id, Model model,
            Locale locale) {
        return acting(code, session, model, locale, () -> console.hide(code, session, id));
    }

    /** The chair's actions on one person: give the floor, cut off (L-RP-4), restore. */
    @PostMapping("/meetings/{code}/sessions/{session}/{action:floor|cutoff|restore}")
    String onPerson(@PathVariable String code, @PathVariable UUID session, @PathVariable String action,
            @RequestParam UUID account, Model model, Locale locale) {
        return acting(code, session, model, locale, () -> {
            switch (action) {
                case "floor" -> console.giveFloor(code, session, account);
                case "cutoff" -> console.cutOff(code, session, account);
                default -> console.restore(code, session, account);
            }
        });
    }

    @PostMapping("/meetings/{code}/sessions/{session}/floor/withdraw")
    String withdraw(@PathVariable String code, @PathVariable UUID session, Model model, Locale locale) {
        return acting(code, session, model, locale, () -> console.withdrawFloor(code, session));
    }

    @PostMapping("/meetings/{code}/sessions/{session}/door")
    String door(@PathVariable String code, @PathVariable UUID session, @RequestParam(required = false) String badge,
            Model model, Locale locale) {
        return acting(code, session, model, locale, () -> model.addAttribute("notice", messages.getMessage(
                "remote.door.scanned", new Object[] {attendance.scanAtDoor(code, session, badge)}, locale)));
    }

    /**
     * Runs a console action and answers the live fragment, with the outcome's message swapped out of
     * band into its own place, so that a refresh pushed by another change does not wipe it.
     */
    private String acting(String code, UUID session, Model model, Locale locale, Runnable action) {
        model.addAttribute("acted", true);
        try {
            action.run();
        } catch (PlenaryException e) {
            model.addAttribute("error", message(e, locale));
        }
        fill(model, code, session);
        return LIVE;
    }

    // ---------------------------------------------------------------- attendance

    @GetMapping("/meetings/{code}/attendance")
    String attendance(@PathVariable String code, @RequestParam(required = false) UUID session, Model model,
            Locale locale) {
        var m = access.meeting(code);
        List<AttendanceRow> rows = session == null ? attendance.ofMeeting(code) : attendance.ofSession(code, session);
        model.addAttribute("meeting", m);
        model.addAttribute("sessions", access.sessions(code));
        model.addAttribute("selected", session);
        model.addAttribute("rows", rows);
        model.addAttribute("titles", titles(code));
        model.addAttribute("breakdown", attendance.breakdown(rows, locale));
        return "remote/attendance";
    }

    @GetMapping("/meetings/{code}/attendance.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @RequestParam(required = false) UUID session) {
        List<AttendanceRow> rows = session == null ? attendance.ofMeeting(code) : attendance.ofSession(code, session);
        String name = "attendance-" + code + (session == null ? "" : "-" + session) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(Csv.utf8(AttendanceLists.csv(rows, titles(code))));
    }

    private Map<UUID, String> titles(String code) {
        return access.sessions(code).stream()
                .collect(Collectors.toMap(SessionContext::id, SessionContext::title, (a, b) -> a));
    }

    private String message(PlenaryException e, Locale locale) {
        return FormError.message(e, messages, locale);
    }
}
