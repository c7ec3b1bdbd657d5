package org.plenary.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
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
    void tearDown() {
        if (greenMail != null) {
            greenMail.stop();
        }
        clock.set(TestClockConfig.START);
    }

    @Test
    void mailsWaitWhileTheServerIsDownAndGoOutOnceItIsBack() throws Exception {
        String to = "outbox-" + UUID.randomUUID() + "@example.org";
        clock.set(TestClockConfig.START.minus(Duration.ofDays(30))); // queued first: tried first
        tx.executeWithoutResult(s -> outbox.enqueue(to, Locale.CHINESE, "[SG12] 注册", "正文 body"));
        clock.set(TestClockConfig.START);

        worker.sendDue(); // no SMTP server listening on the test port
        OutboxMail waiting = queries.to(to).get(0);
        assertThat(waiting.sent()).isFalse();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("connection failed");
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());

        greenMail = new GreenMail(new ServerSetup(3025, "localhost", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        worker.sendDue(); // server back, but this mail's backoff has not passed yet
        assertThat(to(to)).isEmpty();

        clock.advance(Duration.ofHours(2));
        for (int round = 0; round < 100 && !queries.to(to).get(0).sent(); round++) {
            worker.sendDue(); // other tests' mails are queued too, 50 go per round
        }
        List<MimeMessage> received = to(to);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("[SG12] 注册");
        assertThat(GreenMailUtil.getBody(received.get(0))).isNotEmpty();
        assertThat(received.get(0).getHeader("Content-Language")[0]).isEqualTo("zh");
        assertThat(queries.to(to).get(0).sent()).isTrue();

        worker.sendDue();
        assertThat(to(to)).as("sent once only").hasSize(1);
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> list = new java.util.ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                list.add(m);
            }
        }
        return list;
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
        OutboxWorker unconfigured = new OutboxWorker(mails, new org.springframework.beans.factory.support
                .StaticListableBeanFactory().getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class),
                tx, clock, Duration.ofSeconds(30), Duration.ofHours(1), true, "noreply@plenary.local");
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
