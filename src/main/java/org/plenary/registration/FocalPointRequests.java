package org.plenary.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.plenary.directory.CurrentUser;
import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.directory.OrganisationId;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.PlenaryException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a focal point reads to decide (issue 13): each waiting request with its meeting (title,
 * dates, place) and what the delegate asked for, one request by its id (the link in the mail), and
 * the history of the decisions taken on their organisations' registrations. Only reads: the
 * decisions themselves stay in {@link RegistrationManagement}.
 */
@Service
public class FocalPointRequests {

    /** How many past decisions the page lists, newest first. */
    static final int HISTORY = 50;

    private final RegistrationManagement registrations;
    private final Directory directory;
    private final AccountManagement accounts;
    private final MeetingManagement meetings;
    private final JdbcClient jdbc;

    FocalPointRequests(RegistrationManagement registrations, Directory directory, AccountManagement accounts,
            MeetingManagement meetings, JdbcClient jdbc) {
        this.registrations = registrations;
        this.directory = directory;
        this.accounts = accounts;
        this.meetings = meetings;
        this.jdbc = jdbc;
    }

    /** A request as the focal point sees it: who, for which meeting and organisation, asking for what. */
    public record Request(Registration registration, Account account, Organisation organisation, Meeting meeting,
            boolean affiliationConfirmed, List<RequestKind> asks) {

        public boolean waiting() {
            return registration.status() == RegistrationStatus.SUBMITTED;
        }
    }

    /** One decision on a registration: who took it (null: approved automatically), when, what, why. */
    public record Decision(RegistrationId registration, Instant at, String decidedBy, RegistrationStatus to,
            String reason, String delegate, Organisation organisation, Meeting meeting) {
    }

    /**
     * The requests waiting for the calling focal point, oldest first; the people, organisations and
     * affiliations of all of them read in one statement each (a large organisation's rush).
     */
    public List<Request> waiting() {
        Map<MeetingId, Meeting> cache = new HashMap<>();
        List<Registration> waiting = registrations.waitingForMe();
        List<AccountId> people = waiting.stream().map(Registration::account).toList();
        Map<AccountId, Account> byId = accounts.byIds(people);
        Map<AccountId, Set<OrganisationId>> confirmed = directory.confirmedAffiliations(people);
        Map<OrganisationId, Organisation> orgs = directory.organisations(
                waiting.stream().map(Registration::organisation).toList());
        List<Request> out = new ArrayList<>();
        for (Registration r : waiting) {
            out.add(new Request(r, byId.get(r.account()), orgs.get(r.organisation()),
                    cache.computeIfAbsent(r.meeting(), meetings::get),
                    confirmed.getOrDefault(r.account(), Set.of()).contains(r.organisation()), asks(r)));
        }
        out.sort(Comparator.comparing(q -> q.registration().submittedAt()));
        return out;
    }

    /**
     * One request of the focal point's organisations, waiting or already decided (the mail's link
     * may be opened late); anyone else is refused.
     */
    public Request request(RegistrationId id) {
        PlenaryPrincipal me = CurrentUser.require();
        Registration r = registrations.view(id);
        if (!me.has(Role.FOCAL_POINT) || !directory.isFocalPoint(me.accountId(), r.organisation())) {
            throw PlenaryException.forbidden("registration.notYours");
        }
        return request(r.withoutPassport(), new HashMap<>());
    }

    /** The decisions on the registrations of the caller's organisations, newest first. */
    public List<Decision> decisions() {
        PlenaryPrincipal me = CurrentUser.require();
        List<UUID> orgs = directory.organisationsOfFocalPoint(me.accountId()).stream().map(OrganisationId::value)
                .toList();
        if (!me.has(Role.FOCAL_POINT) || orgs.isEmpty()) {
            return List.of();
        }
        return decisions("r.organisation_id in (:orgs)", Map.of("orgs", orgs));
    }

    /** The decisions on one request of the caller's organisations (refused like {@link #request}). */
    public List<Decision> decisionsOn(RegistrationId id) {
        request(id);
        return decisions("r.id = :id", Map.of("id", id.value()));
    }

    private List<Decision> decisions(String where, Map<String, Object> params) {
        Map<MeetingId, Meeting> cache = new HashMap<>();
        Map<AccountId, String> names = new HashMap<>();
        return jdbc.sql("select t.registration_id, t.at, t.actor, t.to_status, t.reason, r.account_id, "
                        + "r.organisation_id, r.meeting_id from registration_transition t "
                        + "join registration_registration r on r.id = t.registration_id "
                        + "where t.to_status in ('APPROVED', 'REJECTED', 'CANCELLED') and " + where
                        + " order by t.at desc, t.id desc limit :limit")
                .params(params).param("limit", HISTORY)
                .query((rs, i) -> new Row(new RegistrationId(rs.getObject("registration_id", UUID.class)),
                        rs.getTimestamp("at").toInstant(),
                        rs.getObject("actor", UUID.class) == null ? null
                                : new AccountId(rs.getObject("actor", UUID.class)),
                        RegistrationStatus.valueOf(rs.getString("to_status")), rs.getString("reason"),
                        new AccountId(rs.getObject("account_id", UUID.class)),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        new MeetingId(rs.getObject("meeting_id", UUID.class))))
                .list().stream()
                .map(row -> new Decision(row.registration(), row.at(),
                        row.actor() == null ? null : names.computeIfAbsent(row.actor(), this::name), row.to(),
                        row.reason(), names.computeIfAbsent(row.account(), this::name),
                        directory.organisation(row.organisation()).orElse(null),
                        cache.computeIfAbsent(row.meeting(), meetings::get)))
                .toList();
    }

    private record Row(RegistrationId registration, Instant at, AccountId actor, RegistrationStatus to,
            String reason, AccountId account, OrganisationId organisation, MeetingId meeting) {
    }

    private String name(AccountId id) {
        return accounts.find(id).map(Account::name).orElse("");
    }

    private Request request(Registration r, Map<MeetingId, Meeting> cache) {
        return new Request(r, accounts.find(r.account()).orElse(null), directory.organisation(r.organisation())
                .orElse(null), cache.computeIfAbsent(r.meeting(), meetings::get),
                directory.isAffiliationConfirmed(r.account(), r.organisation()), asks(r));
    }

    private static List<RequestKind> asks(Registration r) {
        List<RequestKind> asks = new ArrayList<>();
        for (RequestKind k : RequestKind.values()) {
            if (k.in(r)) {
                asks.add(k);
            }
        }
        return List.copyOf(asks);
    }
}
