package org.plenary.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestMailServer;
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

    @Test
    void mailsWaitWhileTheServerIsDownAndGoOutOnceItIsBack() throws Exception {
        String to = "outbox-" + UUID.randomUUID() + "@example.org";
        // long before any other test's mail: at this time and two hours on, only this test's mail is due
        Instant queued = Instant.parse("2001-01-01T00:00:00Z");
        clock.set(queued);
        tx.executeWithoutResult(s -> outbox.enqueue(to, Locale.CHINESE, "[SG12] 注册", "正文 body"));

        assertThat(worker.sendDue()).as("no SMTP server listening on the test port").isZero();
        OutboxMail waiting = queries.to(to).get(0);
        assertThat(waiting.sent()).isFalse();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isEqualTo(queued.plus(worker.backoff(1)));

        greenMail = TestMailServer.greenMail();
        greenMail.start();
        assertThat(worker.sendDue()).as("server back, but the backoff has not passed yet").isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        clock.advance(Duration.ofHours(2));
        assertThat(worker.sendDue()).as("this test's mail and no other").isEqualTo(1);
        assertThat(greenMail.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly(to);
            assertThat(m.getSubject()).isEqualTo("[SG12] 注册");
            assertThat(GreenMailUtil.getBody(m)).isNotEmpty();
            assertThat(m.getHeader("Content-Language")).containsExactly("zh");
        });
        assertThat(queries.to(to)).singleElement().satisfies(m -> {
            assertThat(m.sent()).isTrue();
            assertThat(m.attempts()).as("one failed, one sent").isEqualTo(2);
        });

        assertThat(worker.sendDue()).isZero();
        assertThat(greenMail.getReceivedMessages()).as("sent once only").hasSize(1);
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
