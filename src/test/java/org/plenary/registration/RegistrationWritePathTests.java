package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.meetings.MeetingManagement;
import org.plenary.support.IntegrationTest;
import org.plenary.support.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: a registration submission runs only the SQL its transaction needs. The meeting is loaded
 * once (by the caller, as {@code RegistrationApi} and {@code RegistrationPages} do), the listeners reuse
 * what the events carry, and each mail is one insert. The bounds fail when a repeated load comes back
 * (loading a meeting costs several statements: its row, agenda, officers, deadline overrides…).
 */
@IntegrationTest
class RegistrationWritePathTests extends RegistrationTestBase {

    @Autowired
    MeetingManagement meetingManagement;

    @Test
    void aSubmissionWaitingForTheFocalPointStaysWithinItsStatements() {
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "CH", false);
        fx.focalPointOf(org);
        fx.focalPointOf(org);
        Account delegate = fx.delegate();
        long n = users.as(delegate, () -> SqlStatements.count(() -> registrationSubmission.submit(meetingManagement.get(meeting.code()),
                Fixtures.form(org)))).statements();
        assertThat(n).isLessThanOrEqualTo(BOUND_PENDING);
    }

    @Test
    void anAutomaticallyApprovedSubmissionStaysWithinItsStatements() {
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "CH", true);
        Account delegate = fx.confirmedDelegate(org);
        long n = users.as(delegate, () -> SqlStatements.count(() -> registrationSubmission.submit(meetingManagement.get(meeting.code()),
                Fixtures.form(org)))).statements();
        assertThat(n).isLessThanOrEqualTo(BOUND_APPROVED);
    }

    /** Measured: 28 before the listeners read the meeting's summary (one query) instead of the whole meeting. */
    private static final long BOUND_PENDING = 23;
    /** Measured: 30 before (the approval mail loaded the whole meeting again, and the focal point was asked twice). */
    private static final long BOUND_APPROVED = 24;
}
