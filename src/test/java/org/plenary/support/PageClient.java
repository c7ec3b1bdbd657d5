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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A browser's session without the browser: cookies, the login form, page forms with the CSRF token
 * from the page's meta tag, and Server-Sent Events read line by line. The base address may be any
 * node or the load balancer in front of them; {@link #on(String)} sends the same session elsewhere.
 */
public final class PageClient {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** An answer: status, body and the headers a test asks about. */
    public record Page(int status, String body, HttpResponse<?> response) {
        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String location() {
            return header("Location");
        }
    }

    private final HttpClient http;
    private final String base;

    public PageClient(String base) {
        this(HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build(), base);
    }

    private PageClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** The same cookies (the same login), talking to another address. */
    public PageClient on(String otherBase) {
        return new PageClient(http, otherBase);
    }

    public String base() {
        return base;
    }

    /** Logs in through the form; the answer is the redirect after the login (its headers say who served it). */
    public Page login(String email, String password) {
        String token = match(CSRF_INPUT, get("/login").body());
        Page done = postForm("/login", Map.of("username", email, "password", password, "_csrf", token));
        if (done.status() != 302 || done.location() == null || done.location().contains("/login")) {
            throw new IllegalStateException("login refused: " + done.status() + " " + done.location());
        }
        return done;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET());
    }

    /** Posts a page's form, with the CSRF token read from the meta tag of the page at {@code tokenFrom}. */
    public Page post(String path, String tokenFrom, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", match(CSRF_META, get(tokenFrom).body()));
        return postForm(path, all);
    }

    private Page postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Opens a Server-Sent Events stream; the lines arrive in the returned queue as they come. The
     * stream is open once the answer's headers are in (waited for here).
     */
    public Events events(String path) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream")
                .GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> answer = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = answer.orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("event stream refused: " + response.statusCode());
        }
        Thread reader = new Thread(() -> {
            try (Stream<String> s = response.body()) {
                s.forEach(lines::add);
            } catch (RuntimeException e) {
                lines.add("closed: " + e.getMessage());
            }
        }, "sse-" + path);
        reader.setDaemon(true);
        reader.start();
        return new Events(lines, response);
    }

    /** An open event stream: its lines so far and to come. */
    public record Events(BlockingQueue<String> lines, HttpResponse<?> response) {
        /** Waits at most this long for the next {@code event:changed} line; false if none came. */
        public boolean changedWithin(Duration wait) throws InterruptedException {
            long until = System.nanoTime() + wait.toNanos();
            for (long left = wait.toNanos(); left > 0; left = until - System.nanoTime()) {
                String line = lines.poll(left, java.util.concurrent.TimeUnit.NANOSECONDS);
                if (line != null && line.replace(" ", "").equals("event:changed")) {
                    return true;
                }
            }
            return false;
        }

        /** Waits until the stream's opening comment arrived (the server has registered it). */
        public void awaitConnected(Duration wait) throws InterruptedException {
            long until = System.nanoTime() + wait.toNanos();
            for (long left = wait.toNanos(); left > 0; left = until - System.nanoTime()) {
                String line = lines.poll(left, java.util.concurrent.TimeUnit.NANOSECONDS);
                if (line != null && line.contains("connected")) {
                    return;
                }
            }
            throw new IllegalStateException("the event stream never said it was connected");
        }
    }

    private Page send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String match(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
