package org.plenary.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestMailServer;
import org.plenary.support.PgSignals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OutboxTests {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxWorker worker;
    @Autowired
    OutboxQueries queries;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MutableClock clock;

    GreenMail greenMail;

    @AfterEach
    void stopMailServer() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** This test's mails only: other tests' mails may be in the outbox, sent or not. */
    private List<OutboxMail> mine(String... recipients) {
        return Stream.of(recipients).flatMap(r -> queries.to(r).stream()).toList();
    }

    private List<MimeMessage> receivedBy(String recipient) {
        return Stream.of(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Stream.of(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void whileTheServerIsDownOneMailIsTriedPerRoundAndAllGoOutOnceItIsBack() throws Exception {
        String first = "outbox-1-" + UUID.randomUUID() + "@example.org";
        String second = "outbox-2-" + UUID.randomUUID() + "@example.org";
        // long before any other test's mail, so that these two are the first due
        Instant queued = Instant.parse("1971-01-01T00:00:00Z");
        clock.set(queued);
        tx.executeWithoutResult(s -> {
            outbox.enqueue(first, Locale.CHINESE, "[SG12] 注册", "正文 body");
            outbox.enqueue(second, Locale.ENGLISH, "[SG12] registration", "body");
        });

        worker.sendDue(); // no SMTP server listening on the test port
        assertThat(mine(first, second)).as("nothing sent").noneMatch(OutboxMail::sent);
        assertThat(mine(first, second)).as("the round stops at the first failed connection: one mail tried")
                .extracting(OutboxMail::attempts).containsExactlyInAnyOrder(1, 0);
        OutboxMail tried = mine(first, second).stream().filter(m -> m.attempts() == 1).findFirst().orElseThrow();
        assertThat(tried.nextAttemptAt()).isEqualTo(queued.plus(worker.backoff(1)));
        assertThat(tried.lastError()).isNotBlank();

        greenMail = TestMailServer.greenMail();
        greenMail.start();
        worker.sendDue();
        assertThat(receivedBy(tried.recipient())).as("server back, but its backoff has not passed yet").isEmpty();

        clock.advance(Duration.ofHours(2));
        worker.sendDue();
        assertThat(mine(first, second)).allMatch(OutboxMail::sent);
        assertThat(receivedBy(tried.recipient())).as("the tried mail: one failed attempt, then sent")
                .hasSize(1);
        assertThat(queries.to(tried.recipient())).singleElement()
                .satisfies(m -> assertThat(m.attempts()).isEqualTo(2));
        assertThat(receivedBy(first)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("[SG12] 注册");
            assertThat(GreenMailUtil.getBody(m)).isNotEmpty();
            assertThat(m.getHeader("Content-Language")).containsExactly("zh");
        });
        assertThat(receivedBy(second)).singleElement()
                .satisfies(m -> assertThat(m.getHeader("Content-Language")).containsExactly("en"));

        worker.sendDue();
        assertThat(receivedBy(first)).as("sent once only").hasSize(1);
        assertThat(receivedBy(second)).as("sent once only").hasSize(1);
    }

    @Test
    void aMailThatFailsByItselfDoesNotHoldBackTheOthers() {
        String broken = "not an address @@ " + UUID.randomUUID();
        String fine = "outbox-fine-" + UUID.randomUUID() + "@example.org";
        clock.set(Instant.parse("1972-01-01T00:00:00Z")); // due before any other test's mail, broken one first
        tx.executeWithoutResult(s -> {
            outbox.enqueue(broken, Locale.ENGLISH, "subject", "body");
            outbox.enqueue(fine, Locale.ENGLISH, "subject", "body");
        });
        greenMail = TestMailServer.greenMail();
        greenMail.start();

        worker.sendDue();

        assertThat(queries.to(broken)).singleElement().satisfies(m -> {
            assertThat(m.sent()).isFalse();
            assertThat(m.attempts()).isEqualTo(1);
        });
        assertThat(queries.to(fine)).singleElement().satisfies(m -> assertThat(m.sent()).isTrue());
        assertThat(receivedBy(fine)).hasSize(1);
    }

    @Test
    void aMailEnqueuedInARolledBackTransactionIsNeverSent() {
        String to = "rollback-" + UUID.randomUUID() + "@example.org";
        tx.executeWithoutResult(s -> {
            outbox.enqueue(to, Locale.ENGLISH, "subject", "body");
            s.setRollbackOnly();
        });
        assertThat(queries.to(to)).isEmpty();
    }

    @Test
    void aQueuedMailWakesTheWorkersOfEveryNodeAtCommitOnly(@Autowired DataSource dataSource) throws Exception {
        try (PgSignals otherNode = PgSignals.connect(dataSource)) {
            tx.executeWithoutResult(s -> {
                outbox.enqueue("wake-" + UUID.randomUUID() + "@example.org", Locale.ENGLISH, "subject", "body");
                s.setRollbackOnly();
            });
            assertThat(otherNode.received(Duration.ofMillis(300))).as("rolled back: no wake-up").isEmpty();
            tx.executeWithoutResult(s -> {
                outbox.enqueue("wake-" + UUID.randomUUID() + "@example.org", Locale.ENGLISH, "subject", "body");
                outbox.enqueue("wake-" + UUID.randomUUID() + "@example.org", Locale.ENGLISH, "subject", "body");
            });
            assertThat(otherNode.received(Duration.ofMillis(300))).as("one wake-up for the transaction, no address in it")
                    .containsExactly("outbox");
        }
    }

    @Test
    void withoutAMailServerMailsStayInTheOutbox(@Autowired OutboxMails mails) {
        OutboxWorker unconfigured = new OutboxWorker(mails,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), tx, clock, new NotificationsProperties(Duration.ofSeconds(30), Duration.ofHours(1), "noreply@plenary.local",
                        new NotificationsProperties.Worker(true, Duration.ofSeconds(10))));
        String to = "stays-" + UUID.randomUUID() + "@example.org";
        tx.executeWithoutResult(s -> outbox.enqueue(to, Locale.ENGLISH, "subject", "body"));
        assertThat(unconfigured.canSend()).isFalse();
        assertThat(unconfigured.sendDue()).isZero();
        assertThat(queries.to(to)).singleElement().satisfies(m -> {
            assertThat(m.sent()).isFalse();
            assertThat(m.attempts()).isZero();
        });
        assertThat(queries.recent(true, 1000)).extracting(OutboxMail::recipient).contains(to);
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(worker.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(worker.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(worker.backoff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(worker.backoff(30)).isEqualTo(Duration.ofHours(1));
    }
}
