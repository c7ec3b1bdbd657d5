package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Form login over real HTTP: CSRF, session fixation, throttling, hashed passwords. */
@IntegrationTest
class LoginSecurityTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    HttpClient client;
    CookieManager cookies;

    @BeforeEach
    void newBrowserSession() {
        cookies = new CookieManager();
        client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(String page) throws Exception {
        Matcher m = CSRF.matcher(get(page).body());
        assertThat(m.find()).as("page carries a CSRF token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> login(String email, String password) throws Exception {
        return post("/login", "_csrf=" + enc(csrf("/login")) + "&username=" + enc(email) + "&password=" + enc(password));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void loginChangesTheSessionId() throws Exception {
        Account a = users.create("Session Holder", Role.DELEGATE);
        csrf("/login");
        String before = sessionId();
        HttpResponse<String> r = login(a.email(), TestUsers.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(location(r)).doesNotContain("error");
        assertThat(sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        Account a = users.create("Csrf Target", Role.DELEGATE);
        login(a.email(), TestUsers.PASSWORD);
        HttpResponse<String> forged = post("/account/profile", "name=Forged&language=en");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(name(a)).isEqualTo("Csrf Target");
        HttpResponse<String> real = post("/account/profile", "_csrf=" + enc(csrf("/account")) + "&name=Renamed&language=zh");
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(name(a)).isEqualTo("Renamed");
    }

    private String name(Account a) {
        return jdbc.sql("select name from directory_account where id = :id").param("id", a.id().value())
                .query(String.class).single();
    }

    private static String basic(String email, String password) {
        return "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A form login over a raw connection from another loopback address, i.e. another client. */
    private static String rawLogin(RawHttp http, String email, String password) {
        RawHttp.Response form = http.send("GET", "/login", List.of(), null);
        return http.send("POST", "/login", List.of("Cookie: " + form.sessionCookie(),
                "Content-Type: application/x-www-form-urlencoded"), "_csrf=" + enc(form.csrf()) + "&username="
                + enc(email) + "&password=" + enc(password)).header("location");
    }

    @Test
    void anAttackersWrongGuessesFromAnotherClientNeverLockTheOwnerOut() throws Exception {
        Account a = users.create("Guessed At", Role.DELEGATE);
        RawHttp attacker = new RawHttp(port, "127.0.0.2");
        for (int i = 0; i < 20; i++) {
            assertThat(attacker.send("GET", "/api/v1/focal-point/requests",
                    List.of(basic(a.email(), "wrong-password-" + i)), null).status()).isEqualTo(401);
        }
        assertThat(attacker.send("GET", "/api/v1/focal-point/requests",
                List.of(basic(a.email(), TestUsers.PASSWORD)), null).status())
                .as("the guessing client must wait, even with the right password").isEqualTo(401);
        assertThat(location(login(a.email(), TestUsers.PASSWORD))).as("the owner, on another client")
                .doesNotContain("/login");
    }

    @Test
    void theThrottleAnswersTheSameForExistingAndUnknownAddresses() {
        Account a = users.create("Existing Address", Role.DELEGATE);
        String unknown = "unknown." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        RawHttp client = new RawHttp(port, "127.0.0.3");
        for (String email : List.of(a.email(), unknown)) {
            for (int i = 0; i < 5; i++) {
                assertThat(rawLogin(client, email, "wrong-password-" + i)).as(email).endsWith("/login?error");
            }
            assertThat(rawLogin(client, email, "wrong-password-x")).as(email).endsWith("/login?locked");
        }
    }

    @Test
    void passwordsAreStoredHashed() {
        Account a = users.create("Hashed", Role.DELEGATE);
        String stored = jdbc.sql("select password_hash from directory_account where id = :id")
                .param("id", a.id().value()).query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(TestUsers.PASSWORD);
    }

    @Test
    void pagesNeedALoginExceptThePublicOnes() throws Exception {
        assertThat(get("/meetings/SG12-2026-06").statusCode()).isEqualTo(200);
        HttpResponse<String> secretariat = get("/secretariat");
        assertThat(secretariat.statusCode()).isEqualTo(302);
        assertThat(location(secretariat)).endsWith("/login");
        Account delegate = users.create("Curious Delegate", Role.DELEGATE);
        login(delegate.email(), TestUsers.PASSWORD);
        HttpResponse<String> denied = get("/secretariat/meetings/SG12-2026-06");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("Your account may not open this page.");
    }
}
