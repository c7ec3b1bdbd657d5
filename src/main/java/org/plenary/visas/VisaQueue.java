package org.plenary.visas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationManagement;
import org.plenary.shared.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The secretariat's visa queue (L-VISA-3): approved registrations with a visa request, oldest
 * approval first, one page at a time. The page's registrations (chosen and counted in SQL), requests,
 * letters, people and organisations are each read in one statement, so a page costs the same whether
 * the queue holds ten or a thousand.
 */
@Service
public class VisaQueue {

    private final VisaRequests store;
    private final RegistrationManagement registrations;
    private final MeetingManagement meetings;
    private final Directory directory;
    private final AccountManagement accounts;

    VisaQueue(VisaRequests store, RegistrationManagement registrations, MeetingManagement meetings,
            Directory directory, AccountManagement accounts) {
        this.store = store;
        this.registrations = registrations;
        this.meetings = meetings;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** One page of the queue and where it sits in the whole queue. */
    public record QueuePage(List<VisaLetters.QueueEntry> entries, Paging.Page page) {
    }

    @PreAuthorize("hasRole('SECRETARIAT')")
    public QueuePage page(String meetingCode, Paging paging) {
        Meeting m = meetings.get(meetingCode);
        RegistrationManagement.VisaQueueRows due = registrations.visaQueue(m.id(), paging);
        return new QueuePage(entries(m, due.rows()), due.page());
    }

    /** The whole queue (the control room's due dates). */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public List<VisaLetters.QueueEntry> all(String meetingCode) {
        Meeting m = meetings.get(meetingCode);
        return entries(m, registrations.visaQueue(m.id(), Paging.all()).rows());
    }

    private List<VisaLetters.QueueEntry> entries(Meeting m, List<Registration> rs) {
        if (rs.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rs.stream().map(r -> r.id().value()).toList();
        Map<UUID, VisaRequests.Request> requests = store.requests(ids);
        Map<UUID, VisaRequests.Issued> letters = store.currents(ids);
        List<AccountId> people = new ArrayList<>(rs.stream().map(Registration::account).toList());
        letters.values().forEach(l -> people.add(l.issuedBy()));
        Map<AccountId, Account> byId = accounts.byIds(people);
        Map<OrganisationId, Organisation> orgs = directory.organisations(
                rs.stream().map(Registration::organisation).toList());
        return rs.stream().map(r -> {
            UUID id = r.id().value();
            LocalDate approved = r.decidedAt().atZone(m.zone()).toLocalDate();
            LocalDate target = VisaLetters.targetIssueDate(approved);
            VisaStatus s = VisaLetters.status(r, Optional.ofNullable(requests.get(id)),
                    Optional.ofNullable(letters.get(id)));
            Account issuer = s.issuedBy() == null ? null : byId.get(s.issuedBy());
            return new VisaLetters.QueueEntry(r, byId.get(r.account()), orgs.get(r.organisation()), approved, target,
                    VisaLetters.warning(target, m.firstDay()), s, issuer == null ? null : issuer.name());
        }).toList();
    }
}
