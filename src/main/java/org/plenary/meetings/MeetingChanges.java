package org.plenary.meetings;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Component;

/**
 * Writes a changed meeting for every editing service: each text within its limit, and the
 * version the editor read still current (otherwise someone else changed it meanwhile).
 */
@Component
class MeetingChanges {

    private final Meetings meetings;
    private final MeetingManagement reading;
    private final Clock clock;
    private final Validator validator;
    private final TranslationBasis translations;

    MeetingChanges(Meetings meetings, MeetingManagement reading, Clock clock, Validator validator,
            TranslationBasis translations) {
        this.meetings = meetings;
        this.reading = reading;
        this.clock = clock;
        this.validator = validator;
        this.translations = translations;
    }

    /**
     * Writes the change, and brings the translations' bases up to date: a translation written now
     * is made from the English of now; one left alone while the English changed needs an update.
     */
    Meeting save(Meeting.Changes change) {
        return reading.get(write(change).id());
    }

    /**
     * Writes the change as {@link #save} does, without reading the meeting back: the meeting as the
     * caller built it, at its new version. For a caller that needs no more than what it changed (the
     * translation desk answers with one text); one that shows the whole meeting uses {@link #save}.
     */
    Meeting write(Meeting.Changes change) {
        Meeting next = change.build();
        requireBounded(next.letter(), next.contact());
        requireBounded(next.agenda().toArray());
        requireBounded(next.timePlan().toArray());
        requireBounded(next.practicalInformation().toArray());
        requireBounded(next.coLocatedEvents().toArray());
        if (!meetings.update(next, clock.instant())) {
            throw PlenaryException.conflict("meeting.changedMeanwhile");
        }
        translations.record(change.origin(), next, clock.instant());
        return next.change().version(next.version() + 1).build();
    }

    /**
     * Every text within its limit ({@code @Size}/{@code @TextSize} on the records), whichever way it
     * came (API, page form, import): the first one over is refused, naming the field and its limit.
     */
    void requireBounded(Object... parts) {
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

    static LocalizedText orEmpty(LocalizedText t) {
        return t == null ? LocalizedText.of(Map.of()) : t;
    }
}
