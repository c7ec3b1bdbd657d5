package org.plenary.registration;

import org.plenary.shared.InputLimits;
import org.plenary.shared.Paging;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.plenary.directory.OrganisationId;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1}: the registration form, the workflow, check-in and badges, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class RegistrationApi {

    /** Registrations per page of the API list unless {@code size} says otherwise. */
    static final int API_PAGE_SIZE = 100;

    private final RegistrationManagement registrations;
    private final RegistrationSubmission submission;
    private final RegistrationDecisions decisions;
    private final RegistrationReports reports;
    private final MeetingManagement meetings;
    private final BadgePrinter badges;
    private final CheckInDesk desk;

    RegistrationApi(RegistrationManagement registrations, RegistrationSubmission submission,
            RegistrationDecisions decisions, RegistrationReports reports, MeetingManagement meetings,
            BadgePrinter badges, CheckInDesk desk) {
        this.desk = desk;
        this.registrations = registrations;
        this.submission = submission;
        this.decisions = decisions;
        this.reports = reports;
        this.meetings = meetings;
        this.badges = badges;
    }

    record PassportJson(@Size(max = InputLimits.NAME) String fullName, @Size(max = InputLimits.CODE) String number,
            @Size(max = InputLimits.CODE) String nationality, LocalDate expiry, LocalDate dateOfBirth) {
    }

    /** Absent flags are false. */
    record FormJson(UUID organisation, Boolean inPerson, Boolean newcomer, @Size(max = 20) String gender,
            @Size(max = InputLimits.NAME) String functionTitle, @Size(max = 5) String interpretationLanguage,
            Boolean fellowshipRequest, Boolean captioningRequest, Boolean signLanguageRequest, Boolean visaRequest,
            @Valid PassportJson passport) {

        RegistrationForm form() {
            return new RegistrationForm(organisation == null ? null : new OrganisationId(organisation), is(inPerson),
                    is(newcomer), gender, functionTitle, interpretationLanguage, is(fellowshipRequest),
                    is(captioningRequest), is(signLanguageRequest), is(visaRequest), passport == null ? null
                            : new Registration.Passport(passport.fullName(), passport.number(),
                                    passport.nationality(), passport.expiry(), passport.dateOfBirth()));
        }

        private static boolean is(Boolean b) {
            return Boolean.TRUE.equals(b);
        }
    }

    record RegistrationJson(UUID id, UUID meeting, UUID account, UUID organisation, RegistrationStatus status,
            boolean inPerson, boolean newcomer, String gender, String functionTitle, String interpretationLanguage,
            boolean fellowshipRequest, boolean captioningRequest, boolean signLanguageRequest, boolean visaRequest,
            PassportJson passport, boolean late, Instant submittedAt, Instant decidedAt, String reason,
            String badgeCode, Instant checkedInAt) {

        static RegistrationJson of(Registration r) {
            Registration.Passport p = r.passport();
            return new RegistrationJson(r.id().value(), r.meeting().value(), r.account().value(),
                    r.organisation().value(), r.status(), r.inPerson(), r.newcomer(), r.gender(), r.functionTitle(),
                    r.interpretationLanguage(), r.fellowshipRequest(), r.captioningRequest(), r.signLanguageRequest(),
                    r.visaRequest(), p == null ? null
                            : new PassportJson(p.fullName(), p.number(), p.nationality(), p.expiry(), p.dateOfBirth()),
                    r.late(), r.submittedAt(), r.decidedAt(), r.reason(), r.badgeCode(), r.checkedInAt());
        }
    }

    record ReasonJson(@Size(max = InputLimits.NOTE) String reason) {
    }

    record CodeJson(@Size(max = InputLimits.CODE) String code) {
    }

    record CheckInJson(UUID registration, boolean first, Instant at) {
    }

    @PostMapping("/meetings/{code}/registrations")
    ResponseEntity<RegistrationJson> submit(@PathVariable String code, @Valid @RequestBody FormJson body) {
        Registration r = submission.submit(meetings.get(code), body.form());
        return ResponseEntity.created(URI.create("/api/v1/registrations/" + r.id())).body(RegistrationJson.of(r));
    }

    /**
     * Filters as query parameters: status, category, country, region, inPerson, request, late; one
     * page ({@code page} from 1, {@code size} up to 500, default 100), the total in
     * {@code X-Total-Count} and the neighbouring pages in the {@code Link} header.
     */
    @GetMapping("/meetings/{code}/registrations")
    ResponseEntity<List<RegistrationJson>> list(@PathVariable String code, RegistrationFilter filter,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        RegistrationReports.Listing l = reports.page(meetings.get(code).id(), filter,
                Paging.of(page, size, API_PAGE_SIZE));
        return l.page().response(l.rows().stream().map(r -> RegistrationJson.of(r.registration())).toList());
    }

    @GetMapping("/meetings/{code}/registrations/mine")
    ResponseEntity<RegistrationJson> mine(@PathVariable String code) {
        return ResponseEntity.of(registrations.mine(meetings.get(code).id()).map(RegistrationJson::of));
    }

    @GetMapping("/registrations/{id}")
    RegistrationJson one(@PathVariable UUID id) {
        return RegistrationJson.of(registrations.view(new RegistrationId(id)));
    }

    @GetMapping("/registrations/{id}/history")
    List<Transition> history(@PathVariable UUID id) {
        return registrations.history(new RegistrationId(id));
    }

    @PostMapping("/registrations/{id}/approve")
    RegistrationJson approve(@PathVariable UUID id) {
        return RegistrationJson.of(decisions.approve(new RegistrationId(id)).withoutPassport());
    }

    @PostMapping("/registrations/{id}/reject")
    RegistrationJson reject(@PathVariable UUID id, @Valid @RequestBody ReasonJson body) {
        return RegistrationJson.of(decisions.reject(new RegistrationId(id), body.reason()).withoutPassport());
    }

    @PostMapping("/registrations/{id}/withdraw")
    RegistrationJson withdraw(@PathVariable UUID id) {
        return RegistrationJson.of(decisions.withdraw(new RegistrationId(id)));
    }

    @PostMapping("/registrations/{id}/cancel")
    RegistrationJson cancel(@PathVariable UUID id, @Valid @RequestBody ReasonJson body) {
        return RegistrationJson.of(decisions.cancel(new RegistrationId(id), body.reason()));
    }

    @GetMapping("/focal-point/requests")
    List<RegistrationJson> waiting() {
        return registrations.waitingForMe().stream().map(RegistrationJson::of).toList();
    }

    @PostMapping("/meetings/{code}/check-in")
    CheckInJson checkIn(@PathVariable String code, @Valid @RequestBody CodeJson body) {
        CheckInDesk.CheckIn c = desk.checkIn(meetings.get(code).id(), body.code());
        return new CheckInJson(c.registration().id().value(), c.first(), c.at());
    }

    /** All badges of the meeting (approved in-person delegates), for the secretariat. */
    @GetMapping(value = "/meetings/{code}/badges.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] badges(@PathVariable String code) {
        Meeting m = meetings.get(code);
        return badges.print(m, registrations.badgeHolders(m.id()));
    }

    @GetMapping(value = "/registrations/{id}/badge.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] badge(@PathVariable UUID id) {
        Registration r = registrations.badgeOf(new RegistrationId(id));
        Meeting m = meetings.get(r.meeting());
        return badges.print(m, List.of(r));
    }
}
