package org.plenary.directory;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Referrer-Policy: same-origin} on every response, including those answered before the
 * security filters (an oversized upload): page addresses carry meeting codes, document ids and
 * join-link tokens, and no other site needs to see them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferrerPolicyFilter extends OncePerRequestFilter {

    static final String POLICY = "same-origin";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", POLICY);
        chain.doFilter(request, response);
    }
}
