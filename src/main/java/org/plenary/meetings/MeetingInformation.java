package org.plenary.meetings;

import static org.plenary.meetings.MeetingChanges.orEmpty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the secretariat publishes about a meeting besides its programme: the collective letter's
 * particulars and contact, the co-located events, and the practical information (Annex A).
 */
@Service
public class MeetingInformation {

    private final MeetingManagement reading;
    private final MeetingChanges changes;

    MeetingInformation(MeetingManagement reading, MeetingChanges changes) {
        this.reading = reading;
        this.changes = changes;
    }

    /** The collective letter's particulars: reference, file, date, addressees, signatory, and the TDs that update agenda and time plan. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting updateLetter(String code, Meeting.Letter letter, Meeting.Contact contact, String agendaUpdateRef,
            String timePlanUpdateRef) {
        Meeting m = reading.get(code);
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
        return changes.save(m.change().letter(l).contact(c).updateRefs(agendaUpdateRef, timePlanUpdateRef));
    }

    /** A contact's web address becomes a link on public pages and in the letter: http(s) or mailto only, never a script. */
    private static Meeting.Contact checked(Meeting.Contact c) {
        String url = c.url() == null || c.url().isBlank() ? null : c.url().strip();
        if (url != null && !url.matches("(?i)(https?://[^\\s/?#]+[^\\s]*|mailto:[^@\\s]+@[^@\\s]+)")) {
            throw PlenaryException.invalid("contact.urlInvalid");
        }
        return new Meeting.Contact(c.phone(), c.fax(), c.email(), url);
    }

    /** Events held alongside the meeting (a workshop the day before); each must fall within a week of it. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting replaceCoLocatedEvents(String code, List<Meeting.CoLocatedEvent> events) {
        Meeting m = reading.get(code);
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
        return changes.save(m.change().coLocatedEvents(events));
    }

    /** Annex A: the practical-information sections, in order; keys are unique. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting replacePracticalInformation(String code, List<Meeting.PracticalSection> sections) {
        Meeting m = reading.get(code);
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
        return changes.save(m.change().practicalInformation(sections));
    }
}
