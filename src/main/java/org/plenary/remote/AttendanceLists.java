package org.plenary.remote;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.directory.Country;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.directory.OrganisationId;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.meetings.Meeting;
import org.plenary.registration.Participation;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationManagement;
import org.plenary.shared.Csv;
import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance per session and per meeting: who was in the room (badge scanned at the door) and
 * who joined remotely; the breakdowns by country, organisation, region and gender; CSV export;
 * and the list of those who may take part in a decision (L-MTG-2: physically present only).
 */
@Service
public class AttendanceLists {

    private final RemoteAccess access;
    private final Attendances attendance;
    private final RegistrationManagement registration;
    private final Directory directory;
    private final DeskArrivals arrivals;
    private final LiveUpdates live;
    private final Clock clock;

    AttendanceLists(RemoteAccess access, Attendances attendance, DeskArrivals arrivals,
            RegistrationManagement registration, Directory directory, LiveUpdates live, Clock clock) {
        this.access = access;
        this.attendance = attendance;
        this.arrivals = arrivals;
        this.registration = registration;
        this.directory = directory;
        this.live = live;
        this.clock = clock;
    }

    /** Counts of distinct people by country, organisation, region and gender. */
    public record Breakdown(long people, long inRoom, long remote, Map<String, Long> byCountry,
            Map<String, Long> byOrganisation, Map<String, Long> byRegion, Map<String, Long> byGender) {
    }

    /**
     * A badge scanned at the session's door (or typed on the console's check-in form): records the
     * person as physically present. The secretariat runs the door, as it runs the registration desk.
     */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public String scanAtDoor(String code, UUID sessionId, String badgeCode) {
        SessionContext s = access.session(code, sessionId);
        PlenaryPrincipal me = CurrentUser.require();
        String c = badgeCode == null ? "" : badgeCode.strip().toUpperCase(Locale.ROOT);
        Registration r = registration.badgeHolders(s.meeting().id()).stream().filter(x -> c.equals(x.badgeCode()))
                .findFirst().orElseThrow(() -> PlenaryException.notFound("remote.door.unknownBadge", c));
        if (attendance.record(s.meetingId(), s.id(), r.account().value(), Attendances.Mode.ROOM, clock.instant(),
                me.accountId().value())) {
            live.changed(s.id());
        }
        return access.name(r.account().value());
    }

    /** Who was in the session, in the room and remotely. */
    public List<AttendanceRow> ofSession(String code, UUID sessionId) {
        SessionContext s = access.session(code, sessionId);
        access.requireChair(s.meeting());
        return rows(s.meeting(), attendance.ofSession(s.id()));
    }

    /**
     * L-MTG-2: those physically present, who alone take part in a decision: scanned at the session's
     * door, or checked in at the registration desk before the session ended and not connected
     * remotely to it.
     */
    public List<AttendanceRow> decisionList(String code, UUID sessionId) {
        SessionContext s = access.session(code, sessionId);
        access.requireChair(s.meeting());
        List<Attendances.Entry> entries = attendance.ofSession(s.id());
        Set<UUID> seen = entries.stream().map(Attendances.Entry::accountId).collect(Collectors.toSet());
        List<Attendances.Entry> present = new ArrayList<>(
                entries.stream().filter(e -> e.mode() == Attendances.Mode.ROOM).toList());
        arrivals.of(s.meetingId()).forEach((account, at) -> {
            if (!seen.contains(account) && (!s.placed() || at.isBefore(s.end()))) {
                present.add(new Attendances.Entry(s.id(), account, Attendances.Mode.ROOM, at));
            }
        });
        return rows(s.meeting(), present).stream().sorted(Comparator.comparing(AttendanceRow::name)).toList();
    }

    /** Every session's attendance of the meeting. */
    public List<AttendanceRow> ofMeeting(String code) {
        Meeting m = access.meeting(code);
        access.requireChair(m);
        return rows(m, attendance.ofMeeting(m.id().value()));
    }

    public Breakdown breakdown(List<AttendanceRow> rows, Locale locale) {
        Map<UUID, List<AttendanceRow>> byPerson = rows.stream()
                .collect(Collectors.groupingBy(AttendanceRow::accountId, LinkedHashMap::new, Collectors.toList()));
        List<AttendanceRow> people = byPerson.values().stream().map(l -> l.get(0)).toList();
        long inRoom = byPerson.values().stream().filter(l -> l.stream().anyMatch(AttendanceRow::inRoom)).count();
        long remote = byPerson.values().stream().filter(l -> l.stream().anyMatch(r -> !r.inRoom())).count();
        return new Breakdown(people.size(), inRoom, remote,
                count(people, r -> r.country() == null ? "—" : directory.country(r.country())
                        .map(Country::name).map(n -> n.in(locale)).orElse(r.country())),
                count(people, r -> Objects.toString(r.organisation(), "—")),
                count(people, r -> r.region() == null ? "—" : r.region().name()),
                count(people, r -> Objects.toString(r.gender(), "—")));
    }

    private static Map<String, Long> count(List<AttendanceRow> people, Function<AttendanceRow, String> key) {
        return people.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    /** The rows with each person's organisation and name: three statements however many people attend. */
    private List<AttendanceRow> rows(Meeting m, List<Attendances.Entry> entries) {
        Set<UUID> people = entries.stream().map(Attendances.Entry::accountId).collect(Collectors.toSet());
        Map<UUID, Participation> participations = access.participations(m, people);
        Map<UUID, String> names = access.names(people);
        Map<OrganisationId, Organisation> orgs = participations.isEmpty() ? Map.of()
                : directory.organisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        return entries.stream().map(e -> {
            Participation p = participations.get(e.accountId());
            Organisation org = p == null ? null : orgs.get(p.organisation());
            String country = org == null ? null : org.countryCode();
            return new AttendanceRow(e.sessionId(), e.accountId(), names.getOrDefault(e.accountId(), "?"),
                    org == null ? null : org.name(), country,
                    country == null ? null : directory.country(country).map(Country::region).orElse(null),
                    p == null ? null : p.gender(), e.mode() == Attendances.Mode.ROOM, e.firstSeen());
        }).toList();
    }

    /** CSV with a header line; sessions named by the given titles. */
    public static String csv(List<AttendanceRow> rows, Map<UUID, String> sessionTitles) {
        return Csv.write(List.of("session", "name", "organisation", "country", "region", "gender", "mode", "first_seen"),
                rows.stream().map(r -> Arrays.asList(sessionTitles.getOrDefault(r.sessionId(), r.sessionId().toString()),
                        r.name(), r.organisation(), r.country(), r.region() == null ? null : r.region().name(),
                        r.gender(), r.inRoom() ? "room" : "remote", r.firstSeen().toString())).toList());
    }
}
