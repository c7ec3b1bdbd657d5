package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.support.FormBrowser;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #10, the low findings on the web layer: no session for anonymous readers, no cross-site
 * writes to the API, no Basic challenge to browsers, a Referrer-Policy everywhere, no script links.
 */
@IntegrationTest
class WebHardeningTests {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(Account a) {
        return "Basic " + Base64.getEncoder().encodeToString((a.email() + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAnonymousReaderOfPublicPagesGetsNoSessionCookie() throws Exception {
        for (String path : new String[] {"/", "/meetings/SG12-2026-06", "/meetings/SG12-2026-06/agenda"}) {
            HttpResponse<String> r = send("GET", path, null, "Accept", "text/html");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).as("cookies set by an anonymous GET of " + path)
                    .isEmpty();
            assertThat(r.body()).as("no CSRF token (and so no session) for an anonymous reader")
                    .doesNotContain("name=\"_csrf\"");
        }
        long before = sessionRows();
        send("GET", "/meetings/SG12-2026-06", null, "Accept", "text/html");
        assertThat(sessionRows()).as("no session row written by an anonymous read").isEqualTo(before);
    }

    @Test
    void formsStillCarryTheirTokenAndLoginStillWorks() throws Exception {
        HttpResponse<String> loginPage = send("GET", "/login", null, "Accept", "text/html");
        assertThat(loginPage.body()).contains("name=\"_csrf\"");
        assertThat(loginPage.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));
        Account a = users.create("Logs In Again", Role.DELEGATE);
        FormBrowser browser = new FormBrowser(port);
        assertThat(browser.login(a.email(), TestUsers.PASSWORD)).isTrue();
        assertThat(browser.get("/meetings/SG12-2026-06").body()).as("htmx reads the token from the page")
                .contains("<meta name=\"_csrf\"");
        HttpResponse<String> forged = send("POST", "/login", "username=" + a.email() + "&password="
                + TestUsers.PASSWORD, "Content-Type", "application/x-www-form-urlencoded");
        assertThat(forged.statusCode()).as("a login form without its token").isEqualTo(403);
    }

    private long sessionRows() {
        return jdbc.sql("select count(*) from directory_session").query(Long.class).single();
    }

    @Test
    void theApiRefusesAWriteFromAnotherSitesPage() throws Exception {
        Account sec = users.create("Basic Secretariat", Role.SECRETARIAT);
        String name = "Forged Org " + UUID.randomUUID();
        // what <form enctype="text/plain" action=".../api/v1/directory/import"> on evil.example sends
        HttpResponse<String> r = send("POST", "/api/v1/directory/import",
                "type,name,country,category\norganisation," + name + ",CH,academia\n",
                "Content-Type", "text/plain", "Authorization", basic(sec), "Origin", "https://evil.example",
                "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"code\":\"problem.crossSite\"");
        assertThat(jdbc.sql("select count(*) from directory_organisation where name = :n").param("n", name)
                .query(Long.class).single()).isZero();

        HttpResponse<String> json = send("POST", "/api/v1/directory/import",
                "type,name,country,category\norganisation," + name + ",CH,academia\n",
                "Content-Type", "text/plain", "Authorization", basic(sec), "Origin", "null");
        assertThat(json.statusCode()).as("an opaque origin is another site too").isEqualTo(403);

        HttpResponse<String> form = send("POST", "/api/v1/directory/import", "type=organisation&name=" + name,
                "Content-Type", "application/x-www-form-urlencoded", "Authorization", basic(sec));
        assertThat(form.statusCode()).as("no API write takes an HTML form body").isEqualTo(415);
        assertThat(form.body()).contains("\"code\":\"problem.jsonRequired\"");

        HttpResponse<String> own = send("POST", "/api/v1/directory/import",
                "type,name,country,category\norganisation," + name + ",CH,academia\n",
                "Content-Type", "text/csv", "Authorization", basic(sec), "Origin", "http://localhost:" + port);
        assertThat(own.statusCode()).as("our own origin, or a script without one, still writes").isEqualTo(200);
    }

    @Test
    void browsersGetNoBasicChallengeButApiClientsDo() throws Exception {
        HttpResponse<String> browser = send("GET", "/api/v1/organisations", null, "Accept",
                "text/html,application/xhtml+xml", "Sec-Fetch-Mode", "navigate");
        assertThat(browser.statusCode()).isEqualTo(401);
        assertThat(browser.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> xhr = send("GET", "/api/v1/organisations", null, "Accept", "application/json",
                "X-Requested-With", "XMLHttpRequest");
        assertThat(xhr.headers().firstValue("WWW-Authenticate")).isEmpty();

        HttpResponse<String> client = send("GET", "/api/v1/organisations", null, "Accept", "application/json",
                "Accept-Language", "fr");
        assertThat(client.statusCode()).isEqualTo(401);
        assertThat(client.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Plenary\"");
        var problem = new TestHttp.Response(client.statusCode(), client.body(), "").json();
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("code").asString()).isEqualTo("problem.unauthenticated");
        assertThat(problem.get("type").asString()).isEqualTo("urn:plenary:problem:problem.unauthenticated");
        assertThat(problem.get("detail").asString()).contains("Connectez-vous");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/organisations");
    }

    @Test
    void everyResponseTellsBrowsersToKeepAddressesToThisSite() throws Exception {
        for (String path : new String[] {"/", "/meetings/SG12-2026-06", "/api/v1/meetings", "/css/plenary.css",
                "/no-such-page", "/api/v1/organisations"}) {
            assertThat(send("GET", path, null).headers().firstValue("Referrer-Policy")).as(path)
                    .hasValue("same-origin");
        }
    }

    @Test
    void aContactLinkIsAWebOrMailAddressNeverAScript() throws Exception {
        Account sec = users.create("Letter Secretariat", Role.SECRETARIAT);
        TestHttp api = new TestHttp(port).as(sec.email(), TestUsers.PASSWORD);
        String code = "CL-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/v1/meetings", """
                {"code":"%s","studyGroup":12,"details":{"title":{"en":"Contact test"},
                 "place":{"en":"Geneva"},"venue":{"en":"ITU"},"firstDay":"2026-09-14","lastDay":"2026-09-18",
                 "timeZone":"Europe/Zurich","openingTime":"09:30","registrationTime":"08:30"}}
                """.formatted(code)).status()).isEqualTo(201);
        for (String url : new String[] {"javascript:alert(document.cookie)", " JavaScript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "//evil.example", "vbscript:msgbox(1)"}) {
            var r = api.put("/api/v1/meetings/" + code + "/letter", letter(url));
            assertThat(r.status()).as(url + ": " + r.body()).isEqualTo(400);
            assertThat(r.json().get("code").asString()).isEqualTo("contact.urlInvalid");
        }
        assertThat(api.get("/api/v1/meetings/" + code).body()).doesNotContain("script");
        var ok = api.put("/api/v1/meetings/" + code + "/letter", letter("https://www.itu.int/go/tsg12"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(api.put("/api/v1/meetings/" + code + "/letter", letter("mailto:tsbsg12@itu.int")).status())
                .isEqualTo(200);
    }

    private static String letter(String url) {
        return """
                {"letter":{"reference":{"en":"TSB Collective Letter 7/12"}},
                 "contact":{"email":"tsbsg12@itu.int","url":%s}}""".formatted(TestHttp.json(url));
    }
}
