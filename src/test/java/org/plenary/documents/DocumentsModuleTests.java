package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
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
 * The documents module with what it uses (directory, meetings, registration) and notifications:
 * an accepted contribution's receipt reaches the outbox, and only verified accounts named as
 * contacts get one. Its own context and bundled PostgreSQL in its own data directory.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "notifications")
@TestPropertySource(properties = "plenary.data-dir=target/test-data-module-documents")
@Import(TestUsers.class)
class DocumentsModuleTests {

    @Autowired
    TestUsers users;
    @Autowired
    OutboxQueries outbox;

    @Test
    void anAcceptedContributionQueuesItsReceipts(Scenario scenario) {
        Account submitter = users.create("Module Submitter", Role.DELEGATE);
        Account contact = users.create("Module Contact", Role.DELEGATE);
        String stranger = "stranger-" + submitter.id() + "@example.org";

        scenario.publish(new DocumentSubmitted(DocumentId.random(), DocumentKind.C, "SG12-C9901", 12,
                "Module test contribution", "Module Org", true, false, List.of(contact.email(), stranger),
                List.of(), submitter.id(), Instant.now()))
                .andWaitForStateChange(() -> outbox.to(submitter.email()), mails -> !mails.isEmpty())
                .andVerify((List<OutboxMail> mails) -> {
                    assertThat(mails).singleElement().satisfies(mail -> {
                        assertThat(mail.subject()).isEqualTo("Received: SG12-C9901");
                        assertThat(mail.body()).contains("Module test contribution", submitter.name());
                    });
                    assertThat(outbox.to(contact.email())).hasSize(1);
                    assertThat(outbox.to(stranger)).as("a typed address that is no account gets nothing").isEmpty();
                });
    }
}
