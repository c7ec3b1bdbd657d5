package org.plenary.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Two real OpenID Connect providers for the shared test context: {@code no.nav.security}'s
 * mock-oauth2-server, started once per test JVM on a free port, serving the issuers {@code alpha}
 * ("Alpha ID": membership claim {@code ties_access}, group {@code tsb-secretariat} makes secretariat)
 * and {@code beta} ("Beta Login", no mapped claims). Every integration test thus runs with providers
 * configured, and password login must keep working beside them.
 *
 * <p>Providers send the browser back to the request's own address ({@code plenary.login.return-base-url}
 * is Spring's {@code {baseUrl}} template here), as the test server's port is random.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestOidcProviders {

    public static final MockOAuth2Server SERVER = started();

    @Bean
    static DynamicPropertyRegistrar testOidcProviderProperties() {
        return registry -> {
            // providers send the browser back to the request's own address (the test server's random port)
            registry.add("plenary.login.return-base-url", () -> "{baseUrl}");
            provider(registry, "alpha", "Alpha ID");
            registry.add("plenary.login.providers.alpha.membership-claim", () -> "ties_access");
            registry.add("plenary.login.providers.alpha.secretariat-group", () -> "tsb-secretariat");
            provider(registry, "beta", "Beta Login");
        };
    }

    private static void provider(org.springframework.test.context.DynamicPropertyRegistry registry, String id,
            String name) {
        String p = "plenary.login.providers." + id + ".";
        registry.add(p + "issuer-uri", () -> SERVER.issuerUrl(id).toString());
        registry.add(p + "client-id", () -> clientId(id));
        registry.add(p + "client-secret", () -> "secret-" + id);
        registry.add(p + "display-name", () -> name);
    }

    public static String clientId(String provider) {
        return "plenary-" + provider;
    }

    /** Claims of a person whose address the provider verified. */
    public static Map<String, Object> verified(String email, String name) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("email_verified", true);
        claims.put("name", name);
        return claims;
    }

    /** The next sign-in through the provider is this person, with these claims. */
    public static void nextPerson(String provider, String subject, Map<String, Object> claims) {
        SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(provider, subject, "JWT", List.of(clientId(provider)),
                claims, 3600));
    }

    /** Clicks the provider's button on the login page and waits until the browser is back in Plenary. */
    public static void signIn(Page page, int port, String provider) {
        page.navigate("http://localhost:" + port + "/login");
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.Consumer<com.microsoft.playwright.Response> record = r -> seen.add(r.status() + " " + r.url());
        page.onResponse(record);
        try {
            page.click("#provider-" + provider);
            page.waitForURL(u -> u.startsWith("http://localhost:" + port + "/") && !u.contains("/login/oauth2/code/")
                    && !u.contains("/oauth2/authorization/") && !u.endsWith("/login"));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new AssertionError("sign-in through " + provider + " did not come back; at " + page.url()
                    + " after " + seen, e);
        } finally {
            page.offResponse(record);
        }
    }

    private static final java.util.concurrent.atomic.AtomicReference<java.util.function.UnaryOperator<String>> ALTER =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * The ID token of the next token answer is changed by {@code alter} on its way to Plenary (as by an attacker
     * between the provider and Plenary); {@code null} forgets a pending change. The provider still issues the
     * token itself (with the sign-in's nonce), so only what {@code alter} does differs from a normal sign-in.
     */
    public static void alterNextIdToken(java.util.function.UnaryOperator<String> alter) {
        ALTER.set(alter);
    }

    /** Answers a token request armed by {@link #alterNextIdToken}: asks the provider itself, alters its ID token. */
    private static final class AlteringTokenRoute implements no.nav.security.mock.oauth2.http.Route {

        @Override
        public boolean match(no.nav.security.mock.oauth2.http.OAuth2HttpRequest request) {
            return ALTER.get() != null && "POST".equals(request.getMethod())
                    && request.getUrl().encodedPath().endsWith("/token");
        }

        @Override
        public no.nav.security.mock.oauth2.http.OAuth2HttpResponse invoke(
                no.nav.security.mock.oauth2.http.OAuth2HttpRequest request) {
            java.util.function.UnaryOperator<String> alter = ALTER.getAndSet(null);
            try {
                var forward = java.net.http.HttpRequest.newBuilder(request.getUrl().uri())
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(request.getBody()));
                for (String h : List.of("Authorization", "Content-Type", "Accept")) {
                    String v = request.getHeaders().get(h);
                    if (v != null) {
                        forward.header(h, v);
                    }
                }
                var answer = java.net.http.HttpClient.newHttpClient().send(forward.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id_token\"\\s*:\\s*\"([^\"]+)\"")
                        .matcher(answer.body());
                String body = m.find() ? answer.body().substring(0, m.start(1)) + alter.apply(m.group(1))
                        + answer.body().substring(m.end(1)) : answer.body();
                return new no.nav.security.mock.oauth2.http.OAuth2HttpResponse(
                        okhttp3.Headers.of("Content-Type", "application/json;charset=UTF-8"), answer.statusCode(), body,
                        null);
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server(new AlteringTokenRoute());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }
}
