package org.plenary.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.plenary.shared.InputLimits;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.TextSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting's time plan in JSON, the one the public time-plan page shows: the latest published plan once
 * there is one, the collective letter's provisional cells (its Annex B) before. The letter's own cells, which
 * the letter prints whatever is published, are read and replaced under the letter's name.
 */
@RestController
@RequestMapping("/api/v1/meetings/{code}")
@Tag(name = "Meetings")
class TimePlanApi {

    private final MeetingManagement meetings;
    private final ProgrammeEditing programme;
    private final List<PublishedTimePlan> publishedPlans;

    TimePlanApi(MeetingManagement meetings, ProgrammeEditing programme, List<PublishedTimePlan> publishedPlans) {
        this.meetings = meetings;
        this.programme = programme;
        this.publishedPlans = publishedPlans;
    }

    record TimePlanCellInput(LocalDate day, HalfDay half, @TextSize(max = InputLimits.PARAGRAPH) LocalizedText text) {
    }

    @Schema(description = "The time plan people read. Once a plan is published (published: true) its sessions, with "
            + "names in the language asked for (Accept-Language) and times in the meeting's zone; before (published: "
            + "false) the collective letter's provisional cells (Annex B).")
    record TimePlanView(
            @Schema(description = "Whether a plan is published; false: the cells are provisional") boolean published,
            @Schema(description = "The published version's number; null before the first publication") Integer version,
            @Schema(description = "When that version was published; null before") Instant publishedAt,
            @Schema(description = "The meeting's time zone, in which the sessions' times are given") String timeZone,
            @Schema(description = "The published sessions, by day and start; empty before the first publication")
            List<PublishedTimePlan.Entry> sessions,
            @Schema(description = "The letter's provisional cells; empty once a plan is published")
            List<Meeting.TimePlanCell> cells) {
    }

    @GetMapping("/time-plan")
    @Operation(summary = "The time plan the public page shows: the latest published plan, or the letter's "
            + "provisional cells before the first publication")
    TimePlanView timePlan(@PathVariable String code, Locale locale) {
        Meeting m = meetings.get(code);
        return MeetingPages.publishedPlan(publishedPlans, m, locale)
                .map(p -> new TimePlanView(true, p.version(), p.publishedAt(), m.zone().getId(), p.sessions(), List.of()))
                .orElseGet(() -> new TimePlanView(false, null, null, m.zone().getId(), List.of(), m.timePlan()));
    }

    @GetMapping("/letter/time-plan")
    @Operation(summary = "The collective letter's time-plan cells (its Annex B), whatever plan is published")
    List<Meeting.TimePlanCell> letterTimePlan(@PathVariable String code) {
        return meetings.get(code).timePlan();
    }

    @PutMapping("/letter/time-plan")
    @Operation(summary = "Replace the collective letter's time-plan cells (secretariat or the meeting's officers); "
            + "send If-Match with the version you read")
    List<Meeting.TimePlanCell> replaceLetterTimePlan(@PathVariable String code,
            @RequestBody @Size(max = 100) List<@Valid TimePlanCellInput> cells,
            @RequestHeader(name = "If-Match", required = false) Long version) {
        return programme.replaceTimePlan(code,
                cells.stream().map(c -> new Meeting.TimePlanCell(c.day(), c.half(), c.text())).toList(),
                version != null ? version : meetings.get(code).version()).timePlan();
    }
}
