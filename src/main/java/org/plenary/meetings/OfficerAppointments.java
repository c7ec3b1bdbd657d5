package org.plenary.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.CurrentUser;
import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat names a meeting's officers (chair, vice-chairs, working-party chairs, rapporteurs
 * per Question) from the directory, and removes them. What a role gives is asked of {@link Officers}
 * on every request, so a removal holds from the person's next request, whatever their session holds.
 */
@Service
public class OfficerAppointments {

    private final MeetingManagement meetings;
    private final MeetingOfficers officers;
    private final AccountManagement accounts;
    private final Clock clock;

    OfficerAppointments(MeetingManagement meetings, MeetingOfficers officers, AccountManagement accounts, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.officers = officers;
        this.accounts = accounts;
    }

    /** The meeting's officers, chair first; for its officers and the secretariat. */
    @OfficerOfMeeting
    public List<MeetingOfficer> of(String code) {
        return officers.of(meetings.get(code).id());
    }

    /**
     * Names the person to the role: a working-party chair names an existing working party of the
     * meeting's study group, a rapporteur an existing Question; the chair and vice-chairs neither.
     */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public MeetingOfficer name(String code, UUID account, OfficerRole role, Integer workingParty, Integer question) {
        Meeting m = meetings.get(code);
        if (role == null) {
            throw PlenaryException.invalid("officer.roleRequired");
        }
        if (account == null || accounts.find(new AccountId(account)).filter(a -> a.enabled()).isEmpty()) {
            throw PlenaryException.invalid("officer.accountUnknown");
        }
        StudyGroup sg = meetings.studyGroup(m.studyGroup());
        MeetingOfficer o = switch (role) {
            case CHAIR, VICE_CHAIR -> new MeetingOfficer(account, role, null, null);
            case WP_CHAIR -> {
                if (workingParty == null
                        || sg.workingParties().stream().noneMatch(w -> w.number() == workingParty)) {
                    throw PlenaryException.invalid("officer.workingPartyUnknown", sg.number());
                }
                yield new MeetingOfficer(account, role, workingParty, null);
            }
            case RAPPORTEUR -> {
                if (question == null || sg.question(question).isEmpty()) {
                    throw PlenaryException.invalid("officer.questionUnknown", sg.number());
                }
                yield new MeetingOfficer(account, role, null, question);
            }
        };
        if (!officers.add(m.id(), o)) {
            throw PlenaryException.conflict("officer.alreadyNamed");
        }
        return o;
    }

    /** Removes one role of the person, or all of them when {@code role} is null; 404 when there was none. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void remove(String code, UUID account, OfficerRole role, Integer workingParty, Integer question) {
        if (officers.remove(meetings.get(code).id(), account, role, workingParty, question) == 0) {
            throw PlenaryException.notFound("officer.notFound");
        }
    }

    /** A Question's rapporteur as the study group page lists them: the name, and the meeting they are named at. */
    public record Rapporteur(String name, String meeting) {
    }

    /**
     * The one source of a Question's rapporteurs: per Question of the study group, the people named its
     * rapporteur on the officers pages of the group's meetings that are not over yet (names read at once).
     */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Map<Integer, List<Rapporteur>> rapporteurs(int studyGroup) {
        List<MeetingOfficers.Named> named = officers.rapporteurs(studyGroup, LocalDate.now(clock).minusDays(1));
        Map<AccountId, Account> people = accounts.byIds(named.stream().map(n -> new AccountId(n.account())).toList());
        Map<Integer, List<Rapporteur>> out = new LinkedHashMap<>();
        for (MeetingOfficers.Named n : named) {
            Account a = people.get(new AccountId(n.account()));
            if (a != null) {
                out.computeIfAbsent(n.question(), q -> new ArrayList<>()).add(new Rapporteur(a.name(), n.meeting()));
            }
        }
        return out;
    }

    /** The meetings the calling person is named an officer of, most recent first; none without a login. */
    public List<MeetingSummary> mine() {
        return CurrentUser.find().map(me -> officers.meetingsOf(me.accountId().value()).stream()
                .map(code -> meetings.summaries().stream().filter(s -> s.code().equals(code)).findFirst())
                .flatMap(java.util.Optional::stream).toList()).orElse(List.of());
    }

    /** The roles the calling person holds at the meeting, chair first; none without a login. */
    public List<MeetingOfficer> mine(MeetingId meeting) {
        return CurrentUser.find().map(me -> officers.of(meeting).stream()
                .filter(o -> o.account().equals(me.accountId().value())).toList()).orElse(List.of());
    }
}
