package org.plenary.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** The worker stops a round when the mail server is down, judged by the failure's type, never by its wording. */
class ServerUnreachableTests {

    @Test
    void aRefusedOrUnknownOrSilentServerIsDown() {
        assertThat(OutboxWorker.serverUnreachable(new MailSendException("x",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")))))
                .as("refused connection, wrapped as JavaMail does").isTrue();
        assertThat(OutboxWorker.serverUnreachable(new MailSendException("x",
                new MessagingException("Unknown SMTP host", new UnknownHostException("smtp.invalid"))))).isTrue();
        assertThat(OutboxWorker.serverUnreachable(new MailSendException("x",
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out")))))
                .as("server stopped answering").isTrue();
    }

    @Test
    void aMailsOwnFailureIsNotTheServersWhateverItsTextSays() {
        assertThat(OutboxWorker.serverUnreachable(new MailSendException("Mail server connection failed",
                new SendFailedException("550 mailbox unavailable")))).as("one recipient refused").isFalse();
        assertThat(OutboxWorker.serverUnreachable(new IllegalStateException("connection failed"))).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertThat(OutboxWorker.serverUnreachable(a)).isFalse();
    }
}
