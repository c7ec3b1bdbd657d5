package org.plenary.meetings;

import org.plenary.shared.TextSize;
import org.plenary.shared.InputLimits;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for meetings, deadlines and agenda (the time plan: {@link TimePlanApi}). Reads are public; changes need the secretariat (or the meeting's chair for the agenda). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Meetings")
class MeetingApi {

    private final MeetingManagement meetings;
    private final MeetingSetup setup;
    private final ProgrammeEditing programme;
    private final MeetingInformation information;
    private final DeadlineOverrides overrides;
    private final StudyGroupEditing studyGroups;
    private final Clock clock;

    MeetingApi(MeetingManagement meetings, MeetingSetup setup, ProgrammeEditing programme,
            MeetingInformation information, DeadlineOverrides overrides, StudyGroupEditing studyGroups, Clock clock) {
        this.meetings = meetings;
        this.setup = setup;
        this.programme = programme;
        this.information = information;
        this.overrides = overrides;
        this.studyGroups = studyGroups;
        this.clock = clock;
    }

    record MeetingListItem(String id, String code, int studyGroup, LocalizedText title, LocalizedText place,
            LocalDate firstDay, LocalDate lastDay, String timeZone, long version) {
        static MeetingListItem of(MeetingSummary m) {
            return new MeetingListItem(m.id().toString(), m.code(), m.studyGroup(), m.title(), m.place(),
                    m.firstDay(), m.lastDay(), m.zone().getId(), m.version());
        }
    }

    record DeadlineView(String rule, LocalDate day, Instant closesAt, boolean open, boolean closing, boolean overridden,
            String note) {
    }

    record AgendaItemInput(@Size(max = InputLimits.AGENDA_NUMBER) String number,
            @TextSize(max = InputLimits.TITLE) LocalizedText title) {
    }

    record OverrideInput(LocalDate day, @Size(max = InputLimits.TITLE) String note) {
    }

    record CreateMeetingInput(@Size(max = InputLimits.CODE) String code, int studyGroup, @Valid MeetingDetails details) {
    }

    @GetMapping("/meetings")
    @Operation(summary = "All meetings, newest first")
    List<MeetingListItem> list() {
        return meetings.summaries().stream().map(MeetingListItem::of).toList();
    }

    @GetMapping("/meetings/{code}")
    @Operation(summary = "A meeting with everything its collective letter says")
    Meeting get(@PathVariable String code) {
        return meetings.get(code);
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a meeting (secretariat)")
    Meeting create(@Valid @RequestBody CreateMeetingInput in) {
        if (in == null || in.details() == null) {
            throw PlenaryException.invalid("problem.malformed");
        }
        return setup.create(in.code(), in.studyGroup(), in.details());
    }

    @PutMapping("/meetings/{code}")
    @Operation(summary = "Change a meeting's details (secretariat); send If-Match with the version you read")
    Meeting update(@PathVariable String code, @Valid @RequestBody MeetingDetails details,
            @RequestHeader(name = "If-Match", required = false) Long version) {
        if (details == null) {
            throw PlenaryException.invalid("problem.malformed");
        }
        return setup.updateDetails(code, details, version != null ? version : meetings.get(code).version());
    }

    @GetMapping("/meetings/{code}/deadlines")
    @Operation(summary = "Every deadline of the meeting, derived from its first day by the named rules")
    List<DeadlineView> deadlines(@PathVariable String code) {
        Instant now = clock.instant();
        return meetings.deadlines(meetings.get(code)).stream()
                .map(d -> new DeadlineView(d.rule().name(), d.day(), d.closesAt(), d.isOpen(now), d.rule().closing(),
                        d.overridden(), d.note()))
                .toList();
    }

    @PutMapping("/meetings/{code}/deadlines/{rule}")
    @Operation(summary = "Set a deadline by hand (secretariat); shown as overridden")
    List<DeadlineView> override(@PathVariable String code, @PathVariable String rule, @Valid @RequestBody OverrideInput in) {
        overrides.overrideDeadline(code, rule(rule), in.day(), in.note());
        return deadlines(code);
    }

    @DeleteMapping("/meetings/{code}/deadlines/{rule}")
    @Operation(summary = "Return a deadline to its rule (secretariat)")
    List<DeadlineView> clearOverride(@PathVariable String code, @PathVariable String rule) {
        overrides.clearDeadlineOverride(code, rule(rule));
        return deadlines(code);
    }

    @GetMapping("/meetings/{code}/agenda")
    List<Meeting.AgendaItem> agenda(@PathVariable String code) {
        return meetings.get(code).agenda();
    }

    @PostMapping("/meetings/{code}/agenda")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an agenda item (secretariat or the meeting's chair); 409 when the number exists")
    List<Meeting.AgendaItem> addAgendaItem(@PathVariable String code, @Valid @RequestBody AgendaItemInput in) {
        return programme.addAgendaItem(code, new Meeting.AgendaItem(in.number(), in.title())).agenda();
    }

    @PutMapping("/meetings/{code}/agenda/{number}")
    List<Meeting.AgendaItem> updateAgendaItem(@PathVariable String code, @PathVariable String number,
            @Valid @RequestBody AgendaItemInput in) {
        return programme.updateAgendaItem(code, number, in.title()).agenda();
    }

    @DeleteMapping("/meetings/{code}/agenda/{number}")
    List<Meeting.AgendaItem> removeAgendaItem(@PathVariable String code, @PathVariable String number) {
        return programme.removeAgendaItem(code, number).agenda();
    }

    record LetterInput(@Valid Meeting.Letter letter, @Valid Meeting.Contact contact,
            @Size(max = InputLimits.CODE) String agendaUpdateRef, @Size(max = InputLimits.CODE) String timePlanUpdateRef) {
    }

    @PutMapping("/meetings/{code}/letter")
    @Operation(summary = "The collective letter's particulars: reference, date, addressees, signatory, contact (secretariat)")
    Meeting updateLetter(@PathVariable String code, @Valid @RequestBody LetterInput in) {
        return information.updateLetter(code, in.letter(), in.contact(), in.agendaUpdateRef(), in.timePlanUpdateRef());
    }

    @PutMapping("/meetings/{code}/co-located-events")
    @Operation(summary = "Replace the events held alongside the meeting (secretariat)")
    List<Meeting.CoLocatedEvent> replaceEvents(@PathVariable String code, @RequestBody @Size(max = 100) List<Meeting.@Valid CoLocatedEvent> in) {
        return information.replaceCoLocatedEvents(code, in).coLocatedEvents();
    }

    @GetMapping("/meetings/{code}/practical-information")
    List<Meeting.PracticalSection> practicalInformation(@PathVariable String code) {
        return meetings.get(code).practicalInformation();
    }

    @PutMapping("/meetings/{code}/practical-information")
    @Operation(summary = "Replace Annex A, the practical-information sections (secretariat)")
    List<Meeting.PracticalSection> replacePracticalInformation(@PathVariable String code,
            @RequestBody @Size(max = 100) List<Meeting.@Valid PracticalSection> in) {
        return information.replacePracticalInformation(code, in).practicalInformation();
    }

    @GetMapping("/study-groups/{number}")
    StudyGroup studyGroup(@PathVariable int number) {
        return meetings.studyGroup(number);
    }

    record WorkingPartyInput(@TextSize(max = InputLimits.TITLE) LocalizedText title,
            @Size(max = InputLimits.NAME) String chair) {
    }

    record StudyGroupInput(int number, @TextSize(max = InputLimits.TITLE) LocalizedText title,
            @Size(max = InputLimits.CODE) String studyPeriod) {
    }

    @PostMapping("/study-groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a study group (secretariat)")
    StudyGroup createStudyGroup(@Valid @RequestBody StudyGroupInput in) {
        return studyGroups.createStudyGroup(in.number(), in.title(), in.studyPeriod());
    }

    /** A Question's rapporteurs are not set here: they are the people named rapporteur on a meeting's officers. */
    record QuestionInput(@TextSize(max = InputLimits.TITLE) LocalizedText title, Integer workingParty) {
    }

    @PutMapping("/study-groups/{number}/working-parties/{wp}")
    @Operation(summary = "Add or change a working party (secretariat)")
    StudyGroup saveWorkingParty(@PathVariable int number, @PathVariable int wp, @Valid @RequestBody WorkingPartyInput in) {
        return studyGroups.saveWorkingParty(number, new StudyGroup.WorkingParty(wp, in.title(), in.chair()));
    }

    @PutMapping("/study-groups/{number}/questions/{question}")
    @Operation(summary = "Add or change a Question; no working party means under the plenary (secretariat)")
    StudyGroup saveQuestion(@PathVariable int number, @PathVariable int question, @Valid @RequestBody QuestionInput in) {
        return studyGroups.saveQuestion(number,
                new StudyGroup.Question(question, in.title(), in.workingParty()));
    }

    private static DeadlineRule rule(String name) {
        try {
            return DeadlineRule.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw PlenaryException.notFound("deadline.ruleUnknown", name);
        }
    }

}
