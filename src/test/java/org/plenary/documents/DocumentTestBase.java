package org.plenary.documents;

import java.time.LocalDate;

import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.meetings.Meeting;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The services and the test data ({@link DocumentFixtures}) the documents tests share. */
@IntegrationTest
abstract class DocumentTestBase {

    @LocalServerPort
    int port;
    @Autowired
    DocumentFixtures fixtures;
    @Autowired
    DocumentAllocation allocation;
    @Autowired
    DocumentReading reading;
    @Autowired
    Directory directory;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    Meeting meeting;
    Account delegate;

    /** This test's meeting, five days from the day, and a delegate of a new organisation of the category. */
    void meetingWithDelegate(LocalDate firstDay, MembershipCategory category) {
        meeting = fixtures.meeting(firstDay);
        delegate = fixtures.delegate(meeting, fixtures.organisation(category, null));
    }

    /** Multipart requests as the person, or anonymous for {@code null}. */
    Multipart http(Account a) {
        return new Multipart("http://localhost:" + port, a == null ? null : a.email(), TestUsers.PASSWORD);
    }
}
