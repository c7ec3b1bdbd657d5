package org.plenary.registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Country;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.directory.OrganisationId;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.meetings.MeetingId;
import org.plenary.shared.Paging;
import org.plenary.shared.PlenaryException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A meeting's registrations as lists read them, filtered in SQL: one page of rows (with their
 * people and organisations, each read in one statement) or the totals of the whole filtered list
 * in one grouped statement, so that a page costs the same few statements whether the meeting has
 * ten registrations or five thousand. The caller sees what {@link RegistrationManagement#ofMeeting}
 * lets them see: everything for the secretariat, their organisations' registrations (without
 * passport data) for a focal point.
 */
@Service
class RegistrationLists {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AccountManagement accounts;

    RegistrationLists(JdbcClient jdbc, Directory directory, AccountManagement accounts) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** A filtered list's totals: how many rows per organisation and gender, and how many of them arrived. */
    record Group(OrganisationId organisation, String gender, long count, long checkedIn) {
    }

    /** The rows of one page, in submission order. */
    List<RegistrationRow> rows(Scope s, Paging paging) {
        if (s.where == null) {
            return List.of();
        }
        List<Registration> found = jdbc.sql("select * from registration_registration where " + s.where
                        + " order by submitted_at, id limit :limit offset :offset")
                .params(s.params).param("limit", paging.size()).param("offset", paging.offset())
                .query(Registrations::map).list();
        Map<AccountId, Account> people = accounts.byIds(found.stream().map(Registration::account).toList());
        return found.stream().map(r -> {
            Organisation o = s.organisations.get(r.organisation());
            Country c = o == null ? null : directory.country(o.countryCode()).orElse(null);
            return new RegistrationRow(s.passports ? r : r.withoutPassport(), people.get(r.account()), o, c);
        }).toList();
    }

    /** The whole filtered list's totals, grouped by organisation and gender. */
    List<Group> groups(Scope s) {
        if (s.where == null) {
            return List.of();
        }
        return jdbc.sql("select organisation_id, gender, count(*) n, count(checked_in_at) arrived "
                        + "from registration_registration where " + s.where + " group by organisation_id, gender")
                .params(s.params)
                .query((rs, i) -> new Group(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getString("gender"), rs.getLong("n"), rs.getLong("arrived")))
                .list();
    }

    /**
     * What a caller's filtered list covers: the SQL condition (null when nothing can match) and the
     * organisations by id (read once, for the rows and for counts by region and category).
     */
    record Scope(String where, Map<String, Object> params, Map<OrganisationId, Organisation> organisations,
            boolean passports) {
    }

    /** The caller's list under this filter (refused for anyone but the secretariat and focal points). */
    Scope scope(MeetingId meeting, RegistrationFilter filter) {
        RegistrationFilter f = filter == null ? RegistrationFilter.none() : filter;
        PlenaryPrincipal me = CurrentUser.require();
        boolean secretariat = me.has(Role.SECRETARIAT);
        if (!secretariat && !me.has(Role.FOCAL_POINT)) {
            throw PlenaryException.forbidden("registration.secretariatOrFocalPoint");
        }
        Map<OrganisationId, Organisation> orgs = directory.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        StringBuilder where = new StringBuilder("meeting_id = :meeting");
        Map<String, Object> p = new HashMap<>();
        p.put("meeting", meeting.value());
        if (f.status() != null) {
            where.append(" and status = :status");
            p.put("status", f.status().name());
        }
        if (f.inPerson() != null) {
            where.append(" and in_person = :inPerson");
            p.put("inPerson", f.inPerson());
        }
        if (f.late() != null) {
            where.append(" and late = :late");
            p.put("late", f.late());
        }
        if (f.request() != null) {
            where.append(" and ").append(condition(f.request()));
        }
        List<OrganisationId> mine = secretariat ? null : directory.organisationsOfFocalPoint(me.accountId());
        if (mine != null || f.category() != null || f.region() != null || (f.country() != null && !f.country().isBlank())) {
            List<UUID> ids = new ArrayList<>();
            for (Organisation o : orgs.values()) {
                if ((mine == null || mine.contains(o.id())) && matches(f, o)) {
                    ids.add(o.id().value());
                }
            }
            if (ids.isEmpty()) {
                return new Scope(null, p, orgs, secretariat);
            }
            where.append(" and organisation_id in (:orgs)");
            p.put("orgs", ids);
        }
        return new Scope(where.toString(), p, orgs, secretariat);
    }

    private boolean matches(RegistrationFilter f, Organisation o) {
        return (f.category() == null || o.category() == f.category())
                && (f.country() == null || f.country().isBlank() || f.country().equalsIgnoreCase(o.countryCode()))
                && (f.region() == null || Objects.equals(f.region(),
                        directory.country(o.countryCode()).map(Country::region).orElse(null)));
    }

    /** The column behind each request kind (what {@link RequestKind#in} reads from a registration). */
    private static String condition(RequestKind k) {
        return switch (k) {
            case INTERPRETATION -> "interpretation_language is not null";
            case CAPTIONING -> "captioning_request";
            case SIGN_LANGUAGE -> "sign_language_request";
            case VISA -> "visa_request";
            case FELLOWSHIP -> "fellowship_request";
            case NEWCOMER -> "newcomer";
        };
    }
}
