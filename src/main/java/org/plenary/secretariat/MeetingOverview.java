package org.plenary.secretariat;

import java.time.LocalDate;
import java.util.List;

import org.plenary.meetings.Meeting;
import org.plenary.scheduling.PublishedVersion;

/** One meeting's state at a glance: what waits for whom, and the charts. */
public record MeetingOverview(Meeting meeting, Phase phase, LocalDate today, long registrations,
        long waitingForFocalPoints, long waitingForSecretariat, List<VisaDue> visasDue, long visasOverdue,
        long fellowshipsWaiting, long fellowships, long documentsToAllocate, long contributions, long tds,
        long remoteWaiting, int draftSessions, PublishedVersion published, long outboxFailing, long outboxPending,
        int organisations, List<Chart> charts) {

    /** A visa letter still to issue: for whom, approved when, due by the 15-day target. */
    public record VisaDue(String name, LocalDate approvedOn, LocalDate due, boolean overdue) {
    }
}
