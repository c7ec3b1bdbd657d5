package org.plenary.scheduling;

import java.util.Locale;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.PlenaryException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON: a meeting's solver run (officers). {@code POST} starts one (202), {@code GET} reads the latest (state,
 * score, broken constraints in words; any node answers), {@code POST .../stop} asks it to stop.
 */
@RestController
@RequestMapping("/api/v1/meetings/{code}/solver")
class SolverApi {

    private final ScheduleSolving solving;
    private final SolverViews views;
    private final MeetingManagement meetings;

    SolverApi(ScheduleSolving solving, SolverViews views, MeetingManagement meetings) {
        this.solving = solving;
        this.views = views;
        this.meetings = meetings;
    }

    @GetMapping
    ResponseEntity<SolverView> latest(@PathVariable String code, Locale locale) {
        SolverRun run = solving.latest(code).orElseThrow(() -> PlenaryException.notFound("scheduling.solver.none"));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view(run, code, locale));
    }

    @PostMapping
    ResponseEntity<SolverView> start(@PathVariable String code, Locale locale) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(solving.start(code), code, locale));
    }

    @PostMapping("/stop")
    SolverView stop(@PathVariable String code, Locale locale) {
        return view(solving.stop(code), code, locale);
    }

    private SolverView view(SolverRun run, String code, Locale locale) {
        Meeting m = meetings.get(code);
        return views.view(run, m, locale);
    }
}
