package org.plenary.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
        tx.executeWithoutResult(s -> outbox.enqueue(to, Locale.CHINESE, "[SG12] 注册", "正文 body"));

        worker.sendDue(); // no SMTP server listening on the test port
        OutboxMail waiting = queries.to(to).get(0);
        assertThat(waiting.sent()).isFalse();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());

        greenMail = new GreenMail(new ServerSetup(3025, "localhost", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        worker.sendDue(); // server back, but the backoff has not passed yet
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        clock.advance(Duration.ofHours(2));
        worker.sendDue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(to);
        assertThat(received[0].getSubject()).isEqualTo("[SG12] 注册");
        assertThat(GreenMailUtil.getBody(received[0])).isNotEmpty();
        assertThat(received[0].getHeader("Content-Language")[0]).isEqualTo("zh");
        assertThat(queries.to(to).get(0).sent()).isTrue();

        worker.sendDue();
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
    void backoffDoublesUpToTheMaximum() {
        assertThat(worker.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(worker.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(worker.backoff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(worker.backoff(30)).isEqualTo(Duration.ofHours(1));
    }
}
