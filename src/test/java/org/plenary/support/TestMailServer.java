package org.plenary.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The SMTP port of the test context: a port free when the test JVM starts (so that parallel builds on
 * one machine do not meet), given to the application as {@code spring.mail.port} before its mail
 * sender is built. Nothing listens there until a test starts {@link #greenMail()}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    public static final int PORT = freePort();

    /** A GreenMail SMTP server on the application's mail port, not yet started. */
    public static GreenMail greenMail() {
        return new GreenMail(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
    }

    @Bean
    static DynamicPropertyRegistrar mailPort() {
        return registry -> registry.add("spring.mail.port", () -> PORT);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
