package org.plenary.meetings;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.plenary.shared.InputLimits;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meetings module's API: reading meetings and their deadlines, and the secretariat's edits. */
@Service
public class MeetingManagement {

    /** A meeting lasts at most this many days, first and last included. */
    public static final int MAX_DAYS = 31;

    private final Meetings meetings;
    private final StudyGroups studyGroups;
    private final Clock clock;
    private final Validator validator;

    MeetingManagement(Meetings meetings, StudyGroups studyGroups, Clock clock, Validator validator) {
        this.meetings = meetings;
        this.studyGroups = studyGroups;
        this.clock = clock;
        this.validator = validator;
    }

    /** Every meeting, newest first, without its children (one query). */
    public List<MeetingSummary> summaries() {
        return meetings.summaries();
    }

    /** Meetings that may be running on {@code day} in any time zone (a day either side, co-located events included). */
    public List<Meeting> around(LocalDate day) {
        return meetings.around(day.minusDays(1), day.plusDays(1));
    }

    /** The time zone of the venue: that of its meeting nearest to the day (for screens between meetings). */
    public Optional<ZoneId> zoneOfVenue(String venueEnglish, LocalDate day) {
        return meetings.zoneNearest(venueEnglish, day);
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

    public StudyGroup studyGroup(int number) {
        return studyGroups.byNumber(number).orElseThrow(() -> PlenaryException.notFound("studyGroup.notFound", number));
    }

    /** A new study group (another SG's meetings), without working parties or Questions yet. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public StudyGroup createStudyGroup(int number, LocalizedText title, String studyPeriod) {
        if (number < 1 || number > 99) {
            throw PlenaryException.invalid("studyGroup.number");
        }
        if (title == null || title.get("en").isBlank()) {
            throw PlenaryException.invalid("studyGroup.titleRequired");
        }
        if (studyPeriod == null || !studyPeriod.matches("\\d{4}-\\d{4}")) {
            throw PlenaryException.invalid("studyGroup.periodInvalid");
        }
        if (studyGroups.byNumber(number).isPresent()) {
            throw PlenaryException.conflict("studyGroup.exists", number);
        }
        studyGroups.insert(new StudyGroup(UUID.randomUUID(), number, title, studyPeriod, List.of(), List.of()));
        return studyGroup(number);
    }

    /** Adds or changes a working party of a study group (the structure is data the secretariat keeps). */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public StudyGroup saveWorkingParty(int studyGroup, StudyGroup.WorkingParty wp) {
        StudyGroup sg = studyGroup(studyGroup);
        if (wp == null || wp.number() < 1 || wp.number() > 9) {
            throw PlenaryException.invalid("studyGroup.workingPartyNumber");
        }
        if (wp.title() == null || wp.title().get("en").isBlank()) {
            throw PlenaryException.invalid("studyGroup.titleRequired");
        }
        studyGroups.saveWorkingParty(sg.id(), wp);
        return studyGroup(studyGroup);
    }

    /** Adds or changes a Question; without a working party it sits under the study-group plenary. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public StudyGroup saveQuestion(int studyGroup, StudyGroup.Question q) {
        StudyGroup sg = studyGroup(studyGroup);
        if (q == null || q.number() < 1 || q.number() > 99) {
            throw PlenaryException.invalid("studyGroup.questionNumber");
        }
        if (q.title() == null || q.title().get("en").isBlank()) {
            throw PlenaryException.invalid("studyGroup.titleRequired");
        }
        if (q.workingParty() != null && sg.workingParty(q.workingParty()).isEmpty()) {
            throw PlenaryException.notFound("studyGroup.workingPartyNotFound", q.workingParty(), studyGroup);
        }
        studyGroups.saveQuestion(sg.id(), q);
        return studyGroup(studyGroup);
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

    /** Whether the account is one of the meeting's officers (chair, vice-chairs, rapporteurs who edit it). */
    public boolean isOfficer(MeetingId meeting, UUID account) {
        return meetings.isOfficer(meeting, account);
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void addOfficer(String code, UUID account) {
        meetings.addOfficer(get(code).id(), account);
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting create(String code, int studyGroup, MeetingDetails d) {
        StudyGroup sg = studyGroup(studyGroup);
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9-]{1,39}")) {
            throw PlenaryException.invalid("meeting.codeInvalid");
        }
        if (meetings.byCode(code).isPresent()) {
            throw PlenaryException.conflict("meeting.codeTaken", code);
        }
        ZoneId zone = validate(d);
        Meeting m = new Meeting(MeetingId.random(), code, sg.number(), d.title(), d.place(), d.venue(), d.firstDay(),
                d.lastDay(), zone, d.openingTime(), d.registrationTime(), orEmpty(d.registrationPlace()),
                orEmpty(d.chair()),
                new Meeting.Letter(LocalizedText.of(Map.of()), null, null, List.of(), LocalizedText.of(Map.of()),
                        LocalizedText.of(Map.of())),
                new Meeting.Contact(d.contactPhone(), null, d.contactEmail(), null), null, null, List.of(), List.of(),
                List.of(), List.of(), Map.of(), 0);
        meetings.insert(m, sg.id(), clock.instant());
        return get(m.id());
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting updateDetails(String code, MeetingDetails d, long expectedVersion) {
        Meeting m = get(code);
        ZoneId zone = validate(d);
        return save(m.change()
                .details(d.title(), orEmpty(d.place()), orEmpty(d.venue()), d.firstDay(), d.lastDay(), zone,
                        d.openingTime(), d.registrationTime(), orEmpty(d.registrationPlace()), orEmpty(d.chair()))
                .contact(new Meeting.Contact(d.contactPhone(), m.contact().fax(), d.contactEmail(), m.contact().url()))
                .timePlan(m.timePlan().stream().filter(c -> !c.day().isAfter(d.lastDay())).toList())
                .version(expectedVersion).build());
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT') or (hasRole('CHAIR') and @meetingAccess.isOfficer(#code, authentication))")
    public Meeting addAgendaItem(String code, Meeting.AgendaItem item) {
        Meeting m = get(code);
        if (m.agenda().stream().anyMatch(a -> a.number().equals(item.number()))) {
            throw PlenaryException.conflict("agenda.numberTaken", item.number());
        }
        List<Meeting.AgendaItem> items = new ArrayList<>(m.agenda());
        items.add(item);
        return save(m.change().agenda(sortedAgenda(items)).build());
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT') or (hasRole('CHAIR') and @meetingAccess.isOfficer(#code, authentication))")
    public Meeting updateAgendaItem(String code, String number, LocalizedText title) {
        Meeting m = get(code);
        if (m.agenda().stream().noneMatch(a -> a.number().equals(number))) {
            throw PlenaryException.notFound("agenda.itemNotFound", number);
        }
        List<Meeting.AgendaItem> items = m.agenda().stream()
                .map(a -> a.number().equals(number) ? new Meeting.AgendaItem(number, title) : a).toList();
        return save(m.change().agenda(sortedAgenda(items)).build());
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT') or (hasRole('CHAIR') and @meetingAccess.isOfficer(#code, authentication))")
    public Meeting removeAgendaItem(String code, String number) {
        Meeting m = get(code);
        if (m.agenda().stream().noneMatch(a -> a.number().equals(number))) {
            throw PlenaryException.notFound("agenda.itemNotFound", number);
        }
        if (m.agenda().stream().anyMatch(a -> a.number().startsWith(number + "."))) {
            throw PlenaryException.conflict("agenda.hasSubItems", number);
        }
        List<Meeting.AgendaItem> items = m.agenda().stream().filter(a -> !a.number().equals(number)).toList();
        return save(m.change().agenda(items).build());
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT') or (hasRole('CHAIR') and @meetingAccess.isOfficer(#code, authentication))")
    public Meeting replaceTimePlan(String code, List<Meeting.TimePlanCell> cells, long expectedVersion) {
        Meeting m = get(code);
        List<LocalDate> days = m.timePlanDays();
        Set<String> seen = new HashSet<>();
        List<Meeting.TimePlanCell> kept = new ArrayList<>();
        for (Meeting.TimePlanCell c : cells) {
            if (c.day() == null || c.half() == null || !days.contains(c.day())) {
                throw PlenaryException.invalid("timePlan.dayOutside", c.day());
            }
            if (!seen.add(c.day() + "/" + c.half())) {
                throw PlenaryException.conflict("timePlan.cellTwice", c.day(), c.half());
            }
            if (c.text() != null && !c.text().isEmpty()) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparing(Meeting.TimePlanCell::day).thenComparing(Meeting.TimePlanCell::half));
        return save(m.change().timePlan(kept).version(expectedVersion).build());
    }

    /** The collective letter's particulars: reference, file, date, addressees, signatory, and the TDs that update agenda and time plan. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting updateLetter(String code, Meeting.Letter letter, Meeting.Contact contact, String agendaUpdateRef,
            String timePlanUpdateRef) {
        Meeting m = get(code);
        if (letter == null || letter.reference() == null || letter.reference().get("en").isBlank()) {
            throw PlenaryException.invalid("letter.referenceRequired");
        }
        if (letter.date() != null && letter.date().isAfter(m.firstDay())) {
            throw PlenaryException.invalid("letter.dateAfterMeeting");
        }
        Meeting.Letter l = new Meeting.Letter(letter.reference(), letter.file(), letter.date(),
                letter.addressees() == null ? List.of() : List.copyOf(letter.addressees()),
                orEmpty(letter.signatory()), orEmpty(letter.signatoryTitle()));
        Meeting.Contact c = contact == null ? m.contact() : checked(contact);
        return save(m.change().letter(l).contact(c).updateRefs(agendaUpdateRef, timePlanUpdateRef).build());
    }

    /** A contact's web address becomes a link on public pages and in the letter: http(s) or mailto only, never a script. */
    private static Meeting.Contact checked(Meeting.Contact c) {
        String url = c.url() == null || c.url().isBlank() ? null : c.url().strip();
        if (url != null && !url.matches("(?i)(https?://[^\\s/?#]+[^\\s]*|mailto:[^@\\s]+@[^@\\s]+)")) {
            throw PlenaryException.invalid("contact.urlInvalid");
        }
        return new Meeting.Contact(c.phone(), c.fax(), c.email(), url);
    }

    /** Which part of the programme a temporary document updates (L-DOC-5: SG12-TD360 the agenda, SG12-TD361 the time plan). */
    public enum ProgrammeUpdate {
        AGENDA, TIME_PLAN
    }

    /** Records the TD that now carries the agenda or time-plan update; the meeting page and the letter name it. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT') or (hasRole('CHAIR') and @meetingAccess.isOfficer(#id, authentication))")
    public Meeting recordProgrammeUpdate(MeetingId id, ProgrammeUpdate part, String reference) {
        Meeting m = get(id);
        String agendaRef = part == ProgrammeUpdate.AGENDA ? reference : m.agendaUpdateRef();
        String planRef = part == ProgrammeUpdate.TIME_PLAN ? reference : m.timePlanUpdateRef();
        return save(m.change().updateRefs(agendaRef, planRef).build());
    }

    /** Events held alongside the meeting (a workshop the day before); each must fall within a week of it. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting replaceCoLocatedEvents(String code, List<Meeting.CoLocatedEvent> events) {
        Meeting m = get(code);
        for (Meeting.CoLocatedEvent e : events) {
            if (e.title() == null || e.title().isEmpty() || e.day() == null || e.start() == null || e.end() == null) {
                throw PlenaryException.invalid("event.incomplete");
            }
            if (!e.end().isAfter(e.start())) {
                throw PlenaryException.invalid("event.endBeforeStart");
            }
            if (e.day().isBefore(m.firstDay().minusDays(7)) || e.day().isAfter(m.lastDay().plusDays(7))) {
                throw PlenaryException.invalid("event.tooFar");
            }
        }
        return save(m.change().coLocatedEvents(events).build());
    }

    /** Annex A: the practical-information sections, in order; keys are unique. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting replacePracticalInformation(String code, List<Meeting.PracticalSection> sections) {
        Meeting m = get(code);
        Set<String> keys = new HashSet<>();
        for (Meeting.PracticalSection s : sections) {
            if (s.key() == null || !s.key().matches("[a-z0-9-]{1,40}")) {
                throw PlenaryException.invalid("practical.keyInvalid", s.key());
            }
            if (!keys.add(s.key())) {
                throw PlenaryException.conflict("practical.keyTwice", s.key());
            }
            if (s.title() == null || s.title().isEmpty() || s.body() == null || s.body().isEmpty()) {
                throw PlenaryException.invalid("practical.incomplete", s.key());
            }
        }
        return save(m.change().practicalInformation(sections).build());
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting overrideDeadline(String code, DeadlineRule rule, LocalDate day, String note) {
        Meeting m = get(code);
        if (day == null || !day.isBefore(m.lastDay().plusDays(1))) {
            throw PlenaryException.invalid("deadline.overrideAfterMeeting");
        }
        if (note == null || note.isBlank()) {
            throw PlenaryException.invalid("deadline.overrideNoteRequired");
        }
        Map<DeadlineRule, Meeting.DeadlineOverride> o = new EnumMap<>(DeadlineRule.class);
        o.putAll(m.deadlineOverrides());
        o.put(rule, new Meeting.DeadlineOverride(day, note.strip()));
        return save(m.change().deadlineOverrides(o).build());
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting clearDeadlineOverride(String code, DeadlineRule rule) {
        Meeting m = get(code);
        Map<DeadlineRule, Meeting.DeadlineOverride> o = new EnumMap<>(DeadlineRule.class);
        o.putAll(m.deadlineOverrides());
        o.remove(rule);
        return save(m.change().deadlineOverrides(o).build());
    }

    private Meeting save(Meeting next) {
        requireBounded(next.letter(), next.contact());
        requireBounded(next.agenda().toArray());
        requireBounded(next.timePlan().toArray());
        requireBounded(next.practicalInformation().toArray());
        requireBounded(next.coLocatedEvents().toArray());
        if (!meetings.update(next, clock.instant())) {
            throw PlenaryException.conflict("meeting.changedMeanwhile");
        }
        return get(next.id());
    }

    /**
     * Every text within its limit ({@code @Size}/{@code @TextSize} on the records), whichever way it
     * came (API, page form, import): the first one over is refused, naming the field and its limit.
     */
    private void requireBounded(Object... parts) {
        for (Object part : parts) {
            if (part == null) {
                continue;
            }
            Set<ConstraintViolation<Object>> violations = validator.validate(part);
            if (!violations.isEmpty()) {
                ConstraintViolation<Object> v = violations.iterator().next();
                Object max = v.getConstraintDescriptor().getAttributes().get("max");
                throw max != null ? PlenaryException.invalid("problem.tooLong", v.getPropertyPath().toString(), max)
                        : PlenaryException.invalid("problem.invalidField", v.getPropertyPath().toString());
            }
        }
    }

    /** Validates numbering (1, 5.1 …, each once, sub-items under an existing parent) and sorts numerically. */
    static List<Meeting.AgendaItem> sortedAgenda(List<Meeting.AgendaItem> items) {
        Set<String> numbers = new HashSet<>();
        for (Meeting.AgendaItem a : items) {
            if (a.number() == null || !a.number().matches("[1-9]\\d{0,2}(\\.[1-9]\\d{0,2}){0,3}")) {
                throw PlenaryException.invalid("agenda.numberInvalid", a.number());
            }
            if (a.title() == null || a.title().isEmpty()) {
                throw PlenaryException.invalid("agenda.titleRequired", a.number());
            }
            if (!numbers.add(a.number())) {
                throw PlenaryException.conflict("agenda.numberTaken", a.number());
            }
        }
        for (String n : numbers) {
            int dot = n.lastIndexOf('.');
            if (dot > 0 && !numbers.contains(n.substring(0, dot))) {
                throw PlenaryException.invalid("agenda.parentMissing", n, n.substring(0, dot));
            }
        }
        List<Meeting.AgendaItem> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> compareNumbers(a.number(), b.number()));
        return sorted;
    }

    static int compareNumbers(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private ZoneId validate(MeetingDetails d) {
        requireBounded(d);
        return validateDetails(d);
    }

    private static ZoneId validateDetails(MeetingDetails d) {
        if (d.title() == null || d.title().get("en").isBlank()) {
            throw PlenaryException.invalid("meeting.titleRequired");
        }
        if (d.firstDay() == null || d.lastDay() == null) {
            throw PlenaryException.invalid("meeting.daysRequired");
        }
        if (d.lastDay().isBefore(d.firstDay())) {
            throw PlenaryException.invalid("meeting.endBeforeStart");
        }
        if (ChronoUnit.DAYS.between(d.firstDay(), d.lastDay()) + 1 > MAX_DAYS) {
            throw PlenaryException.invalid("meeting.tooLong", MAX_DAYS);
        }
        if (d.openingTime() == null || d.registrationTime() == null) {
            throw PlenaryException.invalid("meeting.timesRequired");
        }
        if (!InputLimits.isPlausible(d.firstDay()) || !InputLimits.isPlausible(d.lastDay())) {
            throw PlenaryException.invalid("problem.dateOutOfRange", "firstDay", String.valueOf(InputLimits.FIRST_YEAR),
                    String.valueOf(InputLimits.LAST_YEAR));
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(d.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            throw PlenaryException.invalid("meeting.zoneUnknown", d.timeZone());
        }
        // Calendars (iCalendar VTIMEZONE) and the tz database know regions only: "+14:00" or "UTC+1" are not zones.
        if (!ZoneId.getAvailableZoneIds().contains(zone.getId())) {
            throw PlenaryException.invalid("meeting.zoneRegion", d.timeZone());
        }
        return zone;
    }

    private static LocalizedText orEmpty(LocalizedText t) {
        return t == null ? LocalizedText.of(Map.of()) : t;
    }
}
