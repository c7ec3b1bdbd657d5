package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.plenary.notifications.OutboxMail;
import org.plenary.notifications.OutboxQueries;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-up as an attacker uses it: someone else's address, a forged Host header, floods, timing. */
@IntegrationTest
class SignUpSecurityTests {

    private static final Pattern URL = Pattern.compile("https?://[^\\s]+");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxQueries outbox;
    @Autowired
    SignUp signUp;
    @Autowired
    TestUsers users;

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An imported person: an account with an address and no password, like every demo focal point. */
    private String importedPerson(String name) {
        String email = "imported." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        jdbc.sql("""
                insert into directory_account (id, email, name, preferred_language, password_hash, roles, created_at)
                values (:id, :e, :n, 'fr', null, '{FOCAL_POINT}', :c)""")
                .param("id", UUID.randomUUID()).param("e", email).param("n", name)
                .param("c", Timestamp.from(Instant.now())).update();
        return email;
    }

    /** Signs up through the page over a raw connection, with the given Host header. */
    private RawHttp.Response signUpPage(String host, String email, String name, String password) {
        RawHttp http = new RawHttp(port, "127.0.0.1");
        RawHttp.Response form = http.send("GET", "/signup", List.of("Host: " + host), null);
        return http.send("POST", "/signup", List.of("Host: " + host, "Cookie: " + form.sessionCookie(),
                "Content-Type: application/x-www-form-urlencoded"), "_csrf=" + enc(form.csrf()) + "&name=" + enc(name)
                + "&email=" + enc(email) + "&password=" + enc(password) + "&language=en");
    }

    private static List<String> links(String body) {
        List<String> out = new ArrayList<>();
        Matcher m = URL.matcher(body);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void signingUpWithAnImportedPersonsAddressAndAForgedHostNeverSetsTheirPassword() {
        String victim = importedPerson("Fatima Diallo");
        String attackerPassword = "attacker-chosen-passphrase";
        RawHttp.Response r = signUpPage("evil.example", victim, "Mallory <b>click here</b>", attackerPassword);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("signup-sent");

        // whoever can read the mails follows every link in them (the path only: the test server has no real host)
        List<OutboxMail> mails = outbox.to(victim);
        assertThat(mails).as("the owner of the address is told").hasSize(1);
        OutboxMail mail = mails.get(0);
        RawHttp http = new RawHttp(port, "127.0.0.1");
        for (String link : links(mail.body())) {
            http.send("GET", link.replaceFirst("^https?://[^/]+", ""), List.of(), null);
        }
        assertThat(jdbc.sql("select password_hash from directory_account where lower(email) = lower(:e)")
                .param("e", victim).query(String.class).optional()).as("no password was set by the sign-up").isEmpty();
        assertThat(new TestHttp(port).as(victim, attackerPassword).get("/api/v1/focal-point/requests").status())
                .isEqualTo(401);

        assertThat(mail.body()).doesNotContain("evil.example").doesNotContain("Mallory").contains("Fatima Diallo");
        assertThat(links(mail.body())).isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith("https://plenary.test.example/"));
        assertThat(mail.body()).as("the owner is invited to choose a password instead")
                .contains("https://plenary.test.example/password/reset?token=");
    }

    @Test
    void signingUpWithAnAddressThatHasAnAccountTellsItsOwnerAndChangesNothing() {
        Account owner = users.create("Owner Of Address", Role.DELEGATE);
        String unknown = "unknown." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        RawHttp.Response existing = signUpPage("localhost", owner.email(), "Mallory Typed Name", "a-fresh-passphrase-1");
        RawHttp.Response fresh = signUpPage("localhost", unknown, "Mallory Typed Name", "a-fresh-passphrase-1");
        assertThat(existing.status()).isEqualTo(fresh.status()).isEqualTo(200);
        assertThat(existing.body().replace(owner.email(), "ADDRESS").replaceAll("(value|content)=\"[^\"]*\"", ""))
                .as("the same answer for an existing and an unknown address")
                .isEqualTo(fresh.body().replace(unknown, "ADDRESS").replaceAll("(value|content)=\"[^\"]*\"", ""));
        assertThat(outbox.to(owner.email())).singleElement().satisfies(m -> assertThat(m.body())
                .contains("https://plenary.test.example/password/reset?token=").doesNotContain("Mallory"));
        assertThat(new TestHttp(port).as(owner.email(), TestUsers.PASSWORD).get("/api/v1/focal-point/requests")
                .status()).as("the old password still works").isEqualTo(200);
        assertThat(outbox.to(unknown)).singleElement().satisfies(m -> assertThat(m.body())
                .contains("https://plenary.test.example/signup/confirm?token=").doesNotContain("Mallory"));
    }

    @Test
    void existingAndUnknownAddressesTakeTheSameTime() {
        long existing = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) { // the fastest of five runs each: the machine may be busy
            Account a = users.create("Timed Owner", Role.DELEGATE);
            String client = "198.18.0." + i;
            long t0 = System.nanoTime();
            signUp.request(a.email(), "Timer", "a-fresh-passphrase-2", "en", client);
            long t1 = System.nanoTime();
            signUp.request("timed." + UUID.randomUUID() + "@example.org", "Timer", "a-fresh-passphrase-2", "en", client);
            long t2 = System.nanoTime();
            existing = Math.min(existing, t1 - t0);
            unknown = Math.min(unknown, t2 - t1);
        }
        assertThat((double) existing).as("existing %d ns vs unknown %d ns", existing, unknown)
                .isBetween(unknown / 3.0, unknown * 3.0);
    }

    @Test
    void signUpsAreLimitedPerClientAndPerAddress() {
        String client = "203.0.113." + (int) (Math.random() * 250);
        String u = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 20; i++) {
            signUp.request("flood" + i + "." + u + "@example.org", "Flood", "a-fresh-passphrase-3", "en", client);
        }
        assertThatThrownBy(() -> signUp.request("flood-last." + u + "@example.org", "Flood", "a-fresh-passphrase-3",
                "en", client)).isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.status().value()).isEqualTo(429));
        assertThat(outbox.to("flood-last." + u + "@example.org")).isEmpty();

        String victim = "victim." + u + "@example.org";
        for (int i = 0; i < 10; i++) {
            try {
                signUp.request(victim, "Flood", "a-fresh-passphrase-3", "en", "198.51.100." + i);
            } catch (PlenaryException e) {
                assertThat(e.status().value()).isEqualTo(429);
            }
        }
        assertThat(outbox.to(victim)).as("one address gets at most three mails an hour, from any number of clients")
                .hasSize(3);
    }

    @Test
    void weakAndOverlongPasswordsAreRefusedWithATranslatedMessage() {
        String email = "weak." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        RawHttp http = new RawHttp(port, "127.0.0.1");
        RawHttp.Response form = http.send("GET", "/signup?lang=fr", List.of(), null);
        String cookie = form.sessionCookie();
        for (String[] c : new String[][] {
                {"Password2024!", "Ce mot de passe fait partie des plus courants"},
                {"short-one", "au moins 12 caractères"},
                {"密码密码密码密码密码密码密码密码密码密码密码密码一", "au plus 72 octets"}}) {
            RawHttp.Response r = http.send("POST", "/signup?lang=fr", List.of("Cookie: " + cookie,
                    "Content-Type: application/x-www-form-urlencoded"), "_csrf=" + enc(form.csrf())
                    + "&name=Weak&email=" + enc(email) + "&password=" + enc(c[0]) + "&language=fr");
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(r.body()).as(c[0]).contains(c[1]);
        }
        assertThat(outbox.to(email)).isEmpty();
    }
}
