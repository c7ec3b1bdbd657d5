package org.plenary.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.plenary.shared.PlenaryException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * The meetings module's query API for every other module: meetings, study groups, deadlines and
 * officers. Changes go through the use-case services: {@link MeetingSetup}, {@link ProgrammeEditing},
 * {@link MeetingInformation}, {@link DeadlineOverrides}, {@link StudyGroupEditing}.
 */
@Service
public class MeetingManagement {

    private final Meetings meetings;
    private final StudyGroups studyGroups;
    private final Clock clock;
    private final MeetingOfficers officers;

    MeetingManagement(Meetings meetings, StudyGroups studyGroups, Clock clock, MeetingOfficers officers) {
        this.officers = officers;
        this.meetings = meetings;
        this.studyGroups = studyGroups;
        this.clock = clock;
    }

    /** Every meeting, newest first, without its children (one query). */
    public List<MeetingSummary> summaries() {
        return meetings.summaries();
    }

    /** One meeting without its agenda, time plan and annexes (one query): what mails and lists name. */
    public MeetingSummary summary(MeetingId id) {
        return meetings.summary(id).orElseThrow(() -> PlenaryException.notFound("meeting.notFound", id));
    }

    /** Meetings that may be running on {@code day} in any time zone (a day either side, co-located events included). */
    public List<Meeting> around(LocalDate day) {
        return meetings.around(day.minusDays(1), day.plusDays(1));
    }

    /** The time zone of the venue: that of its meeting nearest to the day (for screens between meetings). */
    public Optional<ZoneId> zoneOfVenue(String venueEnglish, LocalDate day) {
        return meetings.zoneNearest(venueEnglish, day);
    }

    /** One meeting by its code without its agenda, time plan and annexes (one query). */
    public MeetingSummary summary(String code) {
        return meetings.summaryByCode(code).orElseThrow(() -> PlenaryException.notFound("meeting.notFound", code));
    }

    public Optional<Meeting> find(String code) {
        return meetings.byCode(code);
    }

    public Meeting get(String code) {
        return meetings.byCode(code).orElseThrow(() -> PlenaryException.notFound("meeting.notFound", code));
    }

    public Meeting get(MeetingId id) {
        return meetings.byId(id).orElseThrow(() -> PlenaryException.notFound("meeting.notFound", id));
    }

    /**
     * Per Question, the accounts named its rapporteur at the meeting (the officers page is their one source): the
     * scheduler keeps Questions that share one apart.
     */
    public Map<Integer, Set<UUID>> rapporteurs(MeetingId meeting) {
        return officers.of(meeting).stream().filter(o -> o.role() == OfficerRole.RAPPORTEUR)
                .collect(Collectors.groupingBy(MeetingOfficer::question, TreeMap::new,
                        Collectors.mapping(MeetingOfficer::account, Collectors.toCollection(LinkedHashSet::new))));
    }

    public StudyGroup studyGroup(int number) {
        return studyGroups.byNumber(number).orElseThrow(() -> PlenaryException.notFound("studyGroup.notFound", number));
    }

    /** Every study group, by number, with its working parties and Questions. */
    public List<StudyGroup> studyGroups() {
        return studyGroups.numbers().stream().map(this::studyGroup).toList();
    }

    public List<Deadline> deadlines(Meeting m) {
        return DeadlineEngine.deadlines(m);
    }

    public Deadline deadline(MeetingId id, DeadlineRule rule) {
        return DeadlineEngine.deadline(get(id), rule);
    }

    /**
     * Refuses when the deadline has passed, naming it with its date and time in the meeting's
     * zone, in the caller's language.
     */
    public void requireOpen(MeetingId id, DeadlineRule rule) {
        Deadline d = deadline(id, rule);
        if (!d.isOpen(clock.instant())) {
            throw closed(d);
        }
    }

    public boolean isOpen(MeetingId id, DeadlineRule rule) {
        return deadline(id, rule).isOpen(clock.instant());
    }

    /** The refusal for a passed deadline, in the caller's language and the meeting's time zone. */
    public static PlenaryException closed(Deadline d) {
        var locale = LocaleContextHolder.getLocale();
        if ("en".equals(locale.getLanguage())) {
            locale = Locale.UK; // English dates the ITU way ("14 August 2026"), as Formats writes them
        }
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d.day())
                + " 23:59:59 (" + d.zone().getId() + ")";
        return PlenaryException.forbidden("deadline.passed",
                new DefaultMessageSourceResolvable(d.rule().messageKey()), when);
    }
}
