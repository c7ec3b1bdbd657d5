package org.plenary.directory;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.BaseUrl;
import org.plenary.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no CSRF token (it is stateless, HTTP Basic), so a write must prove it is not a page
 * of another site posting with credentials the browser holds. A write (any method but GET, HEAD,
 * OPTIONS, TRACE) is refused when
 * <ul>
 * <li>the browser says it comes from another site ({@code Origin} other than Plenary's own, or
 * {@code Sec-Fetch-Site: cross-site / same-site}): 403;</li>
 * <li>it is an HTML form body ({@code application/x-www-form-urlencoded}), which no API endpoint
 * takes: 415. Bodies are JSON; the few endpoints that take a file (multipart) or CSV pass only the
 * origin check above.</li>
 * </ul>
 * Clients that are not browsers (scripts, curl) send neither header and are not affected.
 */
final class ApiWriteGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Problems problems;
    private final String ownOrigin;

    ApiWriteGuard(Problems problems, BaseUrl baseUrl) {
        this.problems = problems;
        this.ownOrigin = origin(URI.create(baseUrl.toString()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(req.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        if (crossSite(req)) {
            problems.write(req, res, HttpStatus.FORBIDDEN, "problem.crossSite");
            return;
        }
        String type = req.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            problems.write(req, res, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.jsonRequired");
            return;
        }
        chain.doFilter(req, res);
    }

    private boolean crossSite(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            return true;
        }
        String origin = req.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ownOrigin) && !sameHost(origin, req.getHeader("Host"));
    }

    /** Behind a proxy the configured base URL may differ from what the browser used; its Host header still names us. */
    private static boolean sameHost(String origin, String host) {
        try {
            URI o = URI.create(origin);
            return host != null && o.getRawAuthority() != null && o.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }
}
