package org.plenary.documents;

import java.time.Clock;
import java.time.Instant;

import org.plenary.meetings.Deadline;
import org.plenary.meetings.DeadlineEngine;
import org.plenary.meetings.DeadlineRule;
import org.plenary.meetings.Meeting;
import org.plenary.shared.Formats;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Component;

/**
 * The contribution deadlines: whether a contribution now is late (X-DOC-4), and refusing what
 * cannot be taken at all; the deadlines written the way the submission form and the refusals show them.
 */
@Component
class LateContributions {

    private final Formats formats;
    private final Clock clock;

    LateContributions(Formats formats, Clock clock) {
        this.formats = formats;
        this.clock = clock;
    }

    /** Whether a contribution now is late; refuses what cannot be taken at all. */
    boolean check(Meeting m, boolean needsTranslation, boolean late) {
        Instant now = clock.instant();
        Deadline contributions = DeadlineEngine.deadline(m, DeadlineRule.CONTRIBUTIONS);
        Deadline translated = DeadlineEngine.deadline(m, DeadlineRule.TRANSLATED_CONTRIBUTIONS);
        if (needsTranslation && !translated.isOpen(now)) {
            throw PlenaryException.forbidden("documents.translationClosed", when(translated));
        }
        if (contributions.isOpen(now)) {
            return false;
        }
        if (!late) {
            throw PlenaryException.conflict("documents.lateOnly", when(contributions));
        }
        return true;
    }

    /** "27 May 2026 23:59:59 (Europe/Zurich)" in the caller's language (English dates the ITU way). */
    String when(Deadline d) {
        return formats.date(d.day()) + " 23:59:59 (" + d.zone().getId() + ")";
    }
}
