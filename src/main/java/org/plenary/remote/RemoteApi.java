package org.plenary.remote;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for remote participation, the console and the remote client's voice-quality reports. */
@RestController
@RequestMapping("/api/v1/remote/meetings/{code}")
@Tag(name = "Remote participation")
class RemoteApi {

    private final RemoteParticipation remote;
    private final ChairConsole console;
    private final AttendanceLists attendance;

    RemoteApi(RemoteParticipation remote, ChairConsole console, AttendanceLists attendance) {
        this.remote = remote;
        this.console = console;
        this.attendance = attendance;
    }

    record HandInput(UUID account) {
    }

    record QualityInput(Double delayMs, Double jitterMs, Double lossPercent, @Size(max = 20) String codec) {
    }

    record QualityView(double r, double mos, String grade, boolean poor) {
    }

    record LinkView(String url) {
    }

    @PostMapping("/sessions/{session}/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request remote participation in a session (at least 24 hours ahead, L-RP-2)")
    RemoteRequest request(@PathVariable String code, @PathVariable UUID session) {
        return remote.request(code, session);
    }

    @GetMapping("/requests")
    @Operation(summary = "The meeting's remote participation requests (officers and secretariat)")
    List<RemoteRequest> requests(@PathVariable String code) {
        return remote.requests(code);
    }

    @PostMapping("/requests/{id}/grant")
    RemoteRequest grant(@PathVariable String code, @PathVariable UUID id) {
        return remote.grant(code, id);
    }

    @PostMapping("/requests/{id}/refuse")
    RemoteRequest refuse(@PathVariable String code, @PathVariable UUID id) {
        return remote.refuse(code, id);
    }

    @PostMapping("/sessions/{session}/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new personal join link for the session; earlier ones stop working")
    LinkView link(@PathVariable String code, @PathVariable UUID session) {
        return new LinkView(remote.issueLink(code, session));
    }

    @PostMapping("/sessions/{session}/hands")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Raise a hand: one's own, or (chair) for someone in the room")
    void raise(@PathVariable String code, @PathVariable UUID session, @RequestBody(required = false) HandInput in) {
        console.raiseHand(code, session, in == null ? null : in.account());
    }

    @PostMapping("/sessions/{session}/quality")
    @Operation(summary = "The remote client's own connection: one-way delay, jitter, loss and codec; answers R and MOS (G.107)")
    QualityView quality(@PathVariable String code, @PathVariable UUID session, @Valid @RequestBody QualityInput in) {
        ChairConsole.Quality q = console.report(code, session, orNaN(in.delayMs()), orNaN(in.jitterMs()),
                orNaN(in.lossPercent()), in.codec());
        return new QualityView(Math.round(q.r() * 10) / 10.0, Math.round(q.mos() * 100) / 100.0, q.grade().name(),
                q.poor());
    }

    @GetMapping("/sessions/{session}/decision-list")
    @Operation(summary = "Those physically present, who take part in decisions (L-MTG-2)")
    List<AttendanceRow> decisionList(@PathVariable String code, @PathVariable UUID session) {
        return attendance.decisionList(code, session);
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }
}
