package org.plenary.directory;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;

/**
 * How the API refuses a caller: a problem detail, and an HTTP Basic challenge only for clients
 * that are not browsers. A challenge makes a browser ask for the password and then send it with
 * every later request to the API, cross-site ones included; so a request that looks like a
 * browser's (it names a fetch mode, says {@code X-Requested-With}, or prefers HTML) gets the
 * 401 problem without {@code WWW-Authenticate}.
 */
final class ApiResponses {

    private final Problems problems;

    ApiResponses(Problems problems) {
        this.problems = problems;
    }

    void unauthenticated(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        if (e instanceof AuthenticationServiceException) {
            // the accounts could not be read (database down): not the caller's fault, and no reason to retype a password
            res.setHeader("Retry-After", "30");
            problems.write(req, res, HttpStatus.SERVICE_UNAVAILABLE, "problem.databaseUnavailable");
            return;
        }
        if (!fromBrowser(req)) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"Plenary\"");
        }
        problems.write(req, res, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
    }

    void forbidden(HttpServletRequest req, HttpServletResponse res, AccessDeniedException e) throws IOException {
        problems.write(req, res, HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    static boolean fromBrowser(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        return req.getHeader("Sec-Fetch-Mode") != null || req.getHeader("X-Requested-With") != null
                || (accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html"));
    }
}
