package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.OrganisationId;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.notifications.OutboxMail;
import org.plenary.notifications.OutboxQueries;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The registration module with what it uses (directory, meetings) and notifications, nothing else:
 * a registration's events reach the outbox without the other modules. Its own context, so its own
 * bundled PostgreSQL in its own data directory (the shared context holds the lock of
 * {@code target/test-data}).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "notifications")
@TestPropertySource(properties = "plenary.data-dir=target/test-data-module-registration")
@Import(TestUsers.class)
class RegistrationModuleTests {

    @Autowired
    TestUsers users;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    OutboxQueries outbox;

    @Test
    void aSubmittedRegistrationQueuesTheDelegatesReceipt(Scenario scenario) {
        Account delegate = users.create("Module Delegate", Role.DELEGATE);
        Meeting m = meetings.get("SG12-2026-06");

        scenario.publish(new RegistrationSubmitted(new RegistrationId(UUID.randomUUID()), m.id(), m.code(), m.title(),
                m.place(), m.firstDay(), m.lastDay(), delegate.id(), delegate.email(), delegate.name(),
                delegate.preferredLanguage(), new OrganisationId(UUID.randomUUID()),
                "Module Administration", false, true, false, Instant.now()))
                .andWaitForStateChange(() -> outbox.to(delegate.email()), mails -> !mails.isEmpty())
                .andVerify((List<OutboxMail> mails) -> assertThat(mails).singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("[SG12-2026-06] Registration received");
                    assertThat(mail.body()).contains(delegate.name());
                }));
    }
}
