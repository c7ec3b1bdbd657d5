package org.plenary.meetings;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/meetings/{code}/officers}: who the meeting's officers are; the secretariat names and removes them. */
@RestController
@RequestMapping("/api/v1/meetings/{code}/officers")
@Tag(name = "Meetings")
class OfficerApi {

    private final OfficerAppointments appointments;
    private final AccountManagement accounts;

    OfficerApi(OfficerAppointments appointments, AccountManagement accounts) {
        this.appointments = appointments;
        this.accounts = accounts;
    }

    record OfficerJson(UUID account, String name, String email, OfficerRole role, Integer workingParty,
            Integer question) {
    }

    record OfficerInput(UUID account, OfficerRole role, Integer workingParty, Integer question) {
    }

    @GetMapping
    @Operation(summary = "The meeting's officers (its officers and the secretariat)")
    List<OfficerJson> list(@PathVariable String code) {
        return appointments.of(code).stream().map(this::json).toList();
    }

    @PutMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Names a person to an officer role (secretariat); 409 when they hold it already")
    OfficerJson name(@PathVariable String code, @RequestBody OfficerInput in) {
        return json(appointments.name(code, in.account(), in.role(), in.workingParty(), in.question()));
    }

    @DeleteMapping("/{account}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes one role of the person (role, workingParty, question), or all without a role (secretariat)")
    void remove(@PathVariable String code, @PathVariable UUID account,
            @RequestParam(required = false) OfficerRole role, @RequestParam(required = false) Integer workingParty,
            @RequestParam(required = false) Integer question) {
        appointments.remove(code, account, role, workingParty, question);
    }

    private OfficerJson json(MeetingOfficer o) {
        Account a = accounts.find(new AccountId(o.account())).orElse(null);
        return new OfficerJson(o.account(), a == null ? null : a.name(), a == null ? null : a.email(), o.role(),
                o.workingParty(), o.question());
    }
}
