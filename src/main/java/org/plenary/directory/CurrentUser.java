package org.plenary.directory;

import java.util.Optional;

import org.plenary.shared.PlenaryException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way to ask who is calling, for services and controllers alike (no
 * {@code @AuthenticationPrincipal}, no {@code SecurityContextHolder} elsewhere). A caller without an
 * account is answered 401 (API: a problem detail) or sent to the login page (pages), wherever the
 * question is asked.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The logged-in account, if there is one. */
    public static Optional<PlenaryPrincipal> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof PlenaryPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The personal access token the request authenticated with, if it did. */
    static Optional<AccessTokenAuthentication> accessToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof AccessTokenAuthentication t
                ? Optional.of(t) : Optional.empty();
    }

    /** Makes a verified access token the caller of this request (only {@link BearerTokenFilter} does). */
    static void actAs(AccessTokenAuthentication token) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
    }

    /** The logged-in account; without one the request is refused as unauthenticated (401). */
    public static PlenaryPrincipal require() {
        return find().orElseThrow(() -> new PlenaryException(HttpStatus.UNAUTHORIZED, "login.required"));
    }
}
