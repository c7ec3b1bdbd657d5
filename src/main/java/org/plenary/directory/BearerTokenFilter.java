package org.plenary.directory;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.Problems;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API authentication with {@code Authorization: Bearer <personal access token>} ({@link PersonalAccessTokens}):
 * the token is checked against the database on every request (one indexed query, no cache that could
 * outlive a revocation). An unknown, revoked or expired token, or one whose account is disabled, is
 * refused with a 401 problem; a read-scoped token is refused any write with a 403 problem, whatever its
 * account's roles. Requests without a bearer token pass on (HTTP Basic, public paths).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "bearer ";

    private final PersonalAccessTokens tokens;
    private final Problems problems;

    BearerTokenFilter(PersonalAccessTokens tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String header = req.getHeader("Authorization");
        if (header == null || header.length() < BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(req, res);
            return;
        }
        Optional<AccessTokenAuthentication> auth;
        try {
            auth = tokens.verify(header.substring(BEARER.length()).strip());
        } catch (DataAccessException e) {
            res.setHeader("Retry-After", "30");
            problems.write(req, res, HttpStatus.SERVICE_UNAVAILABLE, "problem.databaseUnavailable");
            return;
        }
        if (auth.isEmpty()) {
            res.setHeader("WWW-Authenticate", "Bearer realm=\"Plenary\", error=\"invalid_token\"");
            problems.write(req, res, HttpStatus.UNAUTHORIZED, "problem.tokenRefused");
            return;
        }
        if (!auth.get().scope().covers(SAFE.contains(req.getMethod()) ? TokenScope.READ : TokenScope.WRITE)) {
            res.setHeader("WWW-Authenticate", "Bearer realm=\"Plenary\", error=\"insufficient_scope\"");
            problems.write(req, res, HttpStatus.FORBIDDEN, "problem.tokenReadOnly");
            return;
        }
        CurrentUser.actAs(auth.get());
        chain.doFilter(req, res);
    }
}
