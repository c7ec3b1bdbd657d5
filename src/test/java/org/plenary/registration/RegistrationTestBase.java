package org.plenary.registration;

import org.junit.jupiter.api.BeforeEach;
import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingSetup;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What most registration tests start from: the services they call, and before each test a new
 * secretariat ({@link Fixtures}) with a meeting of its own, so that no test sees another's registrations.
 */
@IntegrationTest
abstract class RegistrationTestBase {

    @Autowired
    TestUsers users;
    @Autowired
    Directory directory;
    @Autowired
    MeetingSetup meetings;
    @Autowired
    RegistrationManagement registrations;
    @Autowired
    RegistrationSubmission registrationSubmission;
    @Autowired
    RegistrationDecisions registrationDecisions;

    Fixtures fx;
    Meeting meeting;

    @BeforeEach
    void newSecretariatAndMeeting() {
        fx = new Fixtures(users, directory, meetings);
        meeting = fx.meeting();
    }

    /** The person submits the form for this test's meeting. */
    Registration submit(Account who, RegistrationForm form) {
        return users.as(who, () -> registrationSubmission.submit(meeting.id(), form));
    }
}
