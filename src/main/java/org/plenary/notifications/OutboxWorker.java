package org.plenary.notifications;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox mails. A failure leaves the mail queued and retries it after an exponential
 * backoff (base × 2^attempts, at most {@code max-backoff}). Without a configured mail server
 * ({@code spring.mail.host}) nothing is sent: mails wait in the outbox, listed for the secretariat.
 * Besides its schedule, {@link OutboxWake} runs it when a mail is queued on any node; rows are claimed
 * with {@code skip locked}, so each mail goes out once.
 */
@Component
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxMails mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration baseBackoff;
    private final Duration maxBackoff;
    private final boolean scheduled;
    private final String from;

    OutboxWorker(OutboxMails mails, ObjectProvider<JavaMailSender> sender, TransactionTemplate tx, Clock clock,
            NotificationsProperties props) {
        this.mails = mails;
        this.sender = sender;
        this.tx = tx;
        this.clock = clock;
        this.baseBackoff = props.baseBackoff();
        this.maxBackoff = props.maxBackoff();
        this.scheduled = props.worker().enabled();
        this.from = props.from();
    }

    /** A scheduled round ({@code NotificationsConfig.outboxTask}, once per cluster), unless the worker is disabled. */
    void tick() {
        if (scheduled) {
            sendDue();
        }
    }

    /** Whether the worker sends on its own (off in tests, which drive it). */
    boolean scheduled() {
        return scheduled;
    }

    /** Whether a mail server is configured; without one mails stay in the outbox. */
    public boolean canSend() {
        return sender.getIfAvailable() != null;
    }

    /** Sends what is due now; returns how many mails went out. */
    public int sendDue() {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return 0;
        }
        if (mailSender instanceof JavaMailSenderImpl impl) {
            // a mail server that does not answer must not hold the worker (JavaMail waits forever by default)
            impl.getJavaMailProperties().putIfAbsent("mail.smtp.connectiontimeout", "10000");
            impl.getJavaMailProperties().putIfAbsent("mail.smtp.timeout", "10000");
        }
        Integer sent = tx.execute(status -> {
            Instant now = clock.instant();
            List<OutboxMail> due = mails.lockDue(now, 50);
            int ok = 0;
            for (OutboxMail m : due) {
                try {
                    MimeMessage message = mailSender.createMimeMessage();
                    MimeMessageHelper h = new MimeMessageHelper(message, false, "UTF-8");
                    h.setFrom(from);
                    h.setTo(m.recipient());
                    h.setSubject(m.subject());
                    h.setText(m.body(), false);
                    message.setHeader("Content-Language", m.language());
                    mailSender.send(message);
                    mails.markSent(m.id(), now);
                    ok++;
                } catch (Exception e) {
                    Instant next = now.plus(backoff(m.attempts() + 1));
                    mails.markFailed(m.id(), next, e.getClass().getSimpleName() + ": " + e.getMessage());
                    log.warn("Mail {} to {} not sent (attempt {}), next try at {}: {}", m.id(), m.recipient(),
                            m.attempts() + 1, next, e.getMessage());
                    if (serverUnreachable(e)) {
                        break; // the server is down: the other mails wait for the next round, their attempts untouched
                    }
                }
            }
            return ok;
        });
        return sent == null ? 0 : sent;
    }

    /**
     * Whether the failure is the mail server's, not the mail's: no connection could be made or the
     * server stopped answering (JavaMail's {@code MailConnectException} carries these socket errors as
     * its cause). Any other failure (a refused address, a malformed message) concerns one mail only.
     */
    static boolean serverUnreachable(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) { // bounded: causes may loop
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Delay before the next try after the given number of failed attempts. */
    Duration backoff(int failedAttempts) {
        Duration d = baseBackoff;
        for (int i = 1; i < failedAttempts && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
