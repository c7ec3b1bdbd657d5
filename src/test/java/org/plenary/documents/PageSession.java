package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.directory.Account;
import org.plenary.support.TestUsers;

/** A browser-like session over real HTTP, logged in through the login form (pages, not the API). */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    PageSession(int port, Account a) throws Exception {
        this.port = port;
        HttpResponse<String> r = post("/login", "username=" + enc(a.email()) + "&password=" + enc(TestUsers.PASSWORD),
                "/login");
        assertThat(r.headers().firstValue("Location").orElse("")).as("logged in").doesNotContain("/login");
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the form with the CSRF token of the page it is on. */
    HttpResponse<String> post(String path, String form, String page) throws Exception {
        Matcher m = CSRF.matcher(get(page).body());
        assertThat(m.find()).as("page carries a CSRF token").isTrue();
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(m.group(1)) + "&" + form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
