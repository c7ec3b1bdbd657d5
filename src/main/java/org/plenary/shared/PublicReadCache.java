package org.plenary.shared;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Public reads near static-file speed. The answer to an anonymous GET of a {@link PublicReads} path
 * is kept rendered under its path and query, language, minute and {@link PublicContent#version} (the
 * meeting's own when its pattern names {@code {meeting}});
 * it carries an {@code ETag} (a hash of its bytes), so that a repeat read with {@code If-None-Match}
 * is a 304, and {@code Cache-Control: public, no-cache} (browsers and proxies keep it and ask again).
 * Only a request without credentials or session cookie is served or stored here, and only an answer
 * that is a 200, started no session and set no cookie is kept: a logged-in person's page never is
 * (it stays {@code no-store}). Runs before the security filters: a kept answer replays the headers
 * (CSP and others) it was first sent with.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class PublicReadCache extends OncePerRequestFilter {

    static final String CACHE = "shared.publicReads";
    static final String CACHE_CONTROL = "public, no-cache";
    private static final List<String> NOT_REPLAYED = List.of(HttpHeaders.SET_COOKIE, HttpHeaders.DATE,
            HttpHeaders.CONTENT_LENGTH, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.PRAGMA, HttpHeaders.EXPIRES, HttpHeaders.VARY);

    /** A kept answer: its headers as first sent, its bytes and their hash. */
    record Kept(Map<String, List<String>> headers, byte[] body, String etag) {
        int weight() {
            return body.length + 128 * headers.size() + 128;
        }
    }

    private final List<PathPattern> patterns;
    private final PublicContent content;
    private final LocaleResolver locales;
    private final Clock clock;
    private final Cache kept;

    PublicReadCache(List<PublicReads> reads, PublicContent content, LocaleResolver locales, Clock clock,
            CacheManager caches) {
        this.patterns = reads.stream().flatMap(r -> r.patterns().stream()).map(PathPatternParser.defaultInstance::parse)
                .toList();
        this.content = content;
        this.locales = locales;
        this.clock = clock;
        this.kept = caches.getCache(CACHE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Kept hit = kept.get(key, Kept.class);
        if (hit != null) {
            hit.headers().forEach((name, values) -> {
                response.setHeader(name, values.get(0));
                values.stream().skip(1).forEach(v -> response.addHeader(name, v));
            });
            answer(request, response, hit.etag(), hit.body());
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL); // the security headers then add no no-store
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() != HttpServletResponse.SC_OK || request.getSession(false) != null
                || response.containsHeader(HttpHeaders.SET_COOKIE) || wrapper.getContentType() == null) {
            wrapper.copyBodyToResponse();
            return;
        }
        byte[] body = wrapper.getContentAsByteArray();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (NOT_REPLAYED.stream().noneMatch(name::equalsIgnoreCase)) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        Kept fresh = new Kept(Collections.unmodifiableMap(headers), body, etag(body));
        kept.put(key, fresh);
        wrapper.resetBuffer();
        answer(request, response, fresh.etag(), body);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, String etag, byte[] body)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The kept answer's key, or null when this request is not one to serve from or keep. */
    private String key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getDispatcherType() != DispatcherType.REQUEST) {
            return null;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (!WebLocaleConfig.COOKIE.equals(c.getName())) {
                    return null; // a session (perhaps logged in) or anything else: the full way
                }
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        PathPattern.PathMatchInfo match = patterns.stream().map(p -> p.matchAndExtract(container))
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (match == null) {
            return null;
        }
        Locale locale = locales.resolveLocale(request);
        String query = request.getQueryString();
        return path + (query == null ? "" : "?" + query) + '|' + locale.toLanguageTag() + '|' + content.version(match.getUriVariables().get(PublicReads.MEETING))
                + '|' + clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Caches {
        /** Rendered public answers: at most 32 MB, each for two minutes (the key names its minute). */
        @Bean
        CacheManagerCustomizer<CaffeineCacheManager> publicReadsCache() {
            return manager -> manager.registerCustomCache(CACHE, Caffeine.newBuilder()
                    .maximumWeight(32L * 1024 * 1024)
                    .weigher((Object k, Object v) -> ((Kept) v).weight() + 2 * k.toString().length())
                    .expireAfterWrite(Duration.ofMinutes(2)).build());
        }
    }
}
