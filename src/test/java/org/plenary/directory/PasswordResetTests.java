package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.notifications.OutboxMail;
import org.plenary.notifications.OutboxQueries;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestClockConfig;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Forgot password", invitations and the secretariat's reset mail: single use, expiring, mailed to the owner only. */
@IntegrationTest
class PasswordResetTests {

    private static final Pattern LINK = Pattern.compile("https://plenary\\.test\\.example/password/reset\\?token=([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired
    PasswordReset reset;
    @Autowired
    AccountManagement accounts;
    @Autowired
    TestUsers users;
    @Autowired
    OutboxQueries outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfig.START);
    }

    private static String client() {
        return "192.0.2." + (int) (Math.random() * 250);
    }

    private String token(String email) {
        List<OutboxMail> mails = outbox.to(email);
        assertThat(mails).isNotEmpty();
        Matcher m = LINK.matcher(mails.get(mails.size() - 1).body());
        assertThat(m.find()).as(mails.get(mails.size() - 1).body()).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private RawHttp.Response postReset(String token, String password) {
        RawHttp http = new RawHttp(port, "127.0.0.1");
        RawHttp.Response page = http.send("GET", "/password/reset?token=" + enc(token), List.of(), null);
        return http.send("POST", "/password/reset", List.of("Cookie: " + page.sessionCookie(),
                "Content-Type: application/x-www-form-urlencoded"), "_csrf=" + enc(page.csrf()) + "&token="
                + enc(token) + "&password=" + enc(password) + "&confirm=" + enc(password));
    }

    private int apiStatus(String email, String password) {
        return new TestHttp(port).as(email, password).get("/api/v1/focal-point/requests").status();
    }

    @Test
    void aResetLinkSetsTheNewPasswordOnceAndOnlyItsHashIsStored() {
        Account a = users.create("Forgetful Delegate", Role.DELEGATE);
        reset.requestByEmail(a.email().toUpperCase(), client());
        String token = token(a.email());
        assertThat(jdbc.sql("select count(*) from directory_password_token where token_hash = :t")
                .param("t", token).query(Integer.class).single()).as("the token itself is not stored").isZero();

        RawHttp.Response weak = postReset(token, "Password2024!");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("This password is among the most common ones");
        assertThat(reset.isValid(token)).as("a refused password does not use the link up").isTrue();

        RawHttp.Response ok = postReset(token, "a brand new passphrase");
        assertThat(ok.status()).isEqualTo(302);
        assertThat(ok.header("location")).endsWith("/login?passwordSet");
        assertThat(apiStatus(a.email(), "a brand new passphrase")).isEqualTo(200);
        assertThat(apiStatus(a.email(), TestUsers.PASSWORD)).isEqualTo(401);

        assertThat(new RawHttp(port, "127.0.0.1").send("GET", "/password/reset?token=" + token, List.of(), null)
                .status()).as("used once").isEqualTo(404);
        assertThatThrownBy(() -> reset.reset(token, "yet another passphrase"))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.tokenInvalid"));
        assertThat(apiStatus(a.email(), "yet another passphrase")).isEqualTo(401);
    }

    @Test
    void aResetLinkExpiresAfterAnHourAndANewOneVoidsTheOld() {
        Account a = users.create("Slow Reader", Role.DELEGATE);
        reset.requestByEmail(a.email(), client());
        String first = token(a.email());
        reset.requestByEmail(a.email(), client());
        String second = token(a.email());
        assertThat(reset.isValid(first)).isFalse();
        assertThat(reset.isValid(second)).isTrue();
        clock.advance(Duration.ofMinutes(61));
        assertThat(reset.isValid(second)).isFalse();
        assertThatThrownBy(() -> reset.reset(second, "a brand new passphrase")).isInstanceOf(PlenaryException.class);
        assertThat(apiStatus(a.email(), TestUsers.PASSWORD)).isEqualTo(200);
    }

    @Test
    void theForgotPageAnswersTheSameForExistingAndUnknownAddresses() {
        Account a = users.create("Page Forgetter", Role.DELEGATE);
        String unknown = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String[] bodies = new String[2];
        int i = 0;
        for (String email : List.of(a.email(), unknown)) {
            RawHttp http = new RawHttp(port, "127.0.0.1");
            RawHttp.Response page = http.send("GET", "/password/forgot", List.of("Host: evil.example"), null);
            RawHttp.Response r = http.send("POST", "/password/forgot", List.of("Host: evil.example",
                    "Cookie: " + page.sessionCookie(), "Content-Type: application/x-www-form-urlencoded"),
                    "_csrf=" + enc(page.csrf()) + "&email=" + enc(email));
            assertThat(r.status()).isEqualTo(200);
            bodies[i++] = r.body().replace(email, "ADDRESS").replaceAll("(value|content)=\"[^\"]*\"", "");
        }
        assertThat(bodies[0]).contains("forgot-sent").isEqualTo(bodies[1]);
        assertThat(outbox.to(unknown)).isEmpty();
        assertThat(outbox.to(a.email())).singleElement().satisfies(m -> assertThat(m.body())
                .doesNotContain("evil.example").contains("https://plenary.test.example/password/reset?token="));
        assertThat(new TestHttp(port).get("/login").body()).contains("href=\"/password/forgot\"");
    }

    @Test
    void theSecretariatInvitesAnImportedPersonWhoseLinkLastsSevenDays() {
        String email = "invited." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into directory_account (id, email, name, preferred_language, password_hash, roles, created_at)
                values (:id, :e, 'Ana Pereira', 'es', null, '{FOCAL_POINT}', :c)""")
                .param("id", id).param("e", email).param("c", Timestamp.from(Instant.now())).update();
        Account delegate = users.create("Not Secretariat", Role.DELEGATE);
        Account sec = users.create("Secretariat Sender", Role.SECRETARIAT);
        assertThat(new TestHttp(port).as(delegate.email(), TestUsers.PASSWORD)
                .post("/api/v1/accounts/" + id + "/password-link", "{}").status()).isEqualTo(403);
        assertThat(outbox.to(email)).isEmpty();
        TestHttp.Response sent = new TestHttp(port).as(sec.email(), TestUsers.PASSWORD)
                .post("/api/v1/accounts/" + id + "/password-link", "{}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("sent").asString()).isEqualTo("INVITATION");
        OutboxMail mail = outbox.to(email).get(0);
        assertThat(mail.language()).isEqualTo("es");
        assertThat(mail.body()).contains("Ana Pereira").contains("7 días");
        String token = token(email);
        clock.advance(Duration.ofDays(6));
        assertThat(reset.isValid(token)).isTrue();
        clock.advance(Duration.ofDays(2));
        assertThat(reset.isValid(token)).isFalse();
        clock.set(TestClockConfig.START);
        reset.reset(token, "mi contraseña de la reunión");
        assertThat(apiStatus(email, "mi contraseña de la reunión")).isEqualTo(200);
    }

    @Test
    void anOverlongPasswordIsARefusalNotACrashWhereverItIsChosen() {
        Account a = users.create("Long Password", Role.DELEGATE);
        String chinese = "密码".repeat(12) + "一";
        assertThatThrownBy(() -> accounts.changePassword(a.id(), TestUsers.PASSWORD, chinese))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.passwordTooLong"));
        assertThatThrownBy(() -> accounts.changePassword(a.id(), TestUsers.PASSWORD, "letmein12345"))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.passwordCommon"));
        assertThat(apiStatus(a.email(), TestUsers.PASSWORD)).isEqualTo(200);
    }
}
