package org.plenary.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen: real HTTP with its own cookie jar (one instance is one browser
 * context), reading CSRF tokens from pages and posting forms as a browser would.
 */
public final class FormBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public FormBrowser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml").GET());
    }

    /** Posts the form fields (name, value, name, value …) with the CSRF token read from {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String action, String... fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(enc(csrf(formPage)));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append('&').append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Logs in through the login form; true when the server took the password. */
    public boolean login(String email, String password) {
        HttpResponse<String> r = submit("/login", "/login", "username", email, "password", password);
        return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("/login");
    }

    /** Whether this browser's session is still logged in (the account page opens instead of the login redirect). */
    public boolean loggedIn() {
        return get("/account").statusCode() == 200;
    }

    public String csrf(String page) {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) {
            throw new AssertionError(page + " carries no CSRF token");
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return client.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
