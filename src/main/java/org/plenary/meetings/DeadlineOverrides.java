package org.plenary.meetings;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat moves a deadline away from its rule's date (with a note saying why), or back. */
@Service
public class DeadlineOverrides {

    private final MeetingManagement reading;
    private final MeetingChanges changes;

    DeadlineOverrides(MeetingManagement reading, MeetingChanges changes) {
        this.reading = reading;
        this.changes = changes;
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting overrideDeadline(String code, DeadlineRule rule, LocalDate day, String note) {
        Meeting m = reading.get(code);
        if (day == null || !day.isBefore(m.lastDay().plusDays(1))) {
            throw PlenaryException.invalid("deadline.overrideAfterMeeting");
        }
        if (note == null || note.isBlank()) {
            throw PlenaryException.invalid("deadline.overrideNoteRequired");
        }
        Map<DeadlineRule, Meeting.DeadlineOverride> o = new EnumMap<>(DeadlineRule.class);
        o.putAll(m.deadlineOverrides());
        o.put(rule, new Meeting.DeadlineOverride(day, note.strip()));
        return changes.save(m.change().deadlineOverrides(o));
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting clearDeadlineOverride(String code, DeadlineRule rule) {
        Meeting m = reading.get(code);
        Map<DeadlineRule, Meeting.DeadlineOverride> o = new EnumMap<>(DeadlineRule.class);
        o.putAll(m.deadlineOverrides());
        o.remove(rule);
        return changes.save(m.change().deadlineOverrides(o));
    }
}
