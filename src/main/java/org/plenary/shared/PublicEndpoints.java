package org.plenary.shared;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Paths a module serves without login. Each module declares its own as a bean; the security
 * configuration permits exactly these and requires a login everywhere else.
 *
 * @param method the HTTP method, or null for any
 * @param patterns path patterns
 */
public record PublicEndpoints(HttpMethod method, List<String> patterns) {

    public static PublicEndpoints get(String... patterns) {
        return new PublicEndpoints(HttpMethod.GET, List.of(patterns));
    }

    public static PublicEndpoints any(String... patterns) {
        return new PublicEndpoints(null, List.of(patterns));
    }
}
