package org.plenary.shared;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Real HTTP for the walking test: JSON and forms as the API's Basic user, or as a logged-in page session. */
final class HostileClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("<(?:input|textarea|select)[^>]*\\sname=\"([^\"]+)\"");

    record Answer(int status, String body, String contentType) {
    }

    private final String base;
    private final String basic;
    private final String email;
    private final String password;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;

    HostileClient(int port, String email, String password) {
        this.base = "http://localhost:" + port;
        this.email = email;
        this.password = password;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void login() {
        String token = token(send(page("/login").GET()).body());
        Answer r = send(page("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token) + "&username=" + enc(email)
                        + "&password=" + enc(password))));
        if (r.status() != 302) {
            throw new IllegalStateException("login failed: " + r.status());
        }
        csrf = token(send(page("/account").GET()).body());
    }

    Answer json(String method, String path, String body) {
        return send(api(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer text(String method, String path, String contentType, String body) {
        return send(api(path).header("Content-Type", contentType + ";charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer form(String method, String path, Map<String, String> fields, boolean multipart, boolean page) {
        HttpRequest.Builder b = page ? page(path).header("X-CSRF-TOKEN", csrf) : api(path);
        if (multipart) {
            String boundary = "----hostile" + System.nanoTime();
            StringBuilder sb = new StringBuilder();
            String fileName = fields.getOrDefault(Endpoint.FILE, "contribution.txt");
            fields.forEach((k, v) -> {
                if (!k.equals(Endpoint.FILE)) {
                    sb.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(k)
                            .append("\"\r\n\r\n").append(v).append("\r\n");
                }
            });
            sb.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                    .append(fileName).append("\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--").append(boundary)
                    .append("--\r\n");
            return send(b.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .method(method, HttpRequest.BodyPublishers.ofString(sb.toString())));
        }
        return send(b.header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(encode(fields, page))));
    }

    Answer unterminatedMultipart(String method, String path, boolean page) {
        HttpRequest.Builder b = page ? page(path).header("X-CSRF-TOKEN", csrf) : api(path);
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nNo end to this";
        return send(b.header("Content-Type", "multipart/form-data; boundary=XyZ")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer get(String path, Map<String, String> query) {
        return send(page(path + (query.isEmpty() ? "" : "?" + encode(query, false))).GET());
    }

    int getWithLanguageCookie(String path, String cookie) {
        return send(page(path).header("Cookie", "plenary-lang=" + cookie).GET()).status();
    }

    /** The names of the fields on the page at this path (the form a POST to it comes from), if there is one. */
    List<String> formFieldsOn(String path) {
        Answer r = send(page(path).GET());
        List<String> names = new ArrayList<>();
        if (r.status() == 200) {
            Matcher m = FIELD.matcher(r.body());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static String head(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ");
        return b.length() > 160 ? b.substring(0, 160) : b;
    }

    private String encode(Map<String, String> fields, boolean page) {
        String form = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return page ? form + (form.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf) : form;
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic).header("Accept", "application/json, application/problem+json");
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html");
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            return new Answer(599, "I/O: " + e, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
