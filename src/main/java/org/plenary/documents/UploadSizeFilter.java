package org.plenary.documents;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload whose declared size is over the limit before anything reads its body: the
 * page chain's CSRF check reads form parameters, and the servlet container fails that reading
 * for an oversized multipart body, which would otherwise surface as an unreadable error. The API
 * answers 413 with a problem detail; a form is sent back to the page it came from, which shows
 * the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadSizeFilter extends OncePerRequestFilter {

    private final DocumentsProperties props;
    private final MessageSource messages;

    UploadSizeFilter(DocumentsProperties props, MessageSource messages) {
        this.props = props;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || request.getContentLengthLong() <= props.maxFileSize().toBytes()) {
            chain.doFilter(request, response);
            return;
        }
        long mb = props.maxFileSize().toMegabytes();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Locale locale = request.getLocale() != null && Languages.isSupported(request.getLocale().getLanguage())
                    ? request.getLocale() : Locale.ENGLISH;
            String detail = messages.getMessage("documents.fileTooLarge", new Object[] {mb}, locale)
                    .replace("\\", "\\\\").replace("\"", "\\\"");
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"urn:plenary:problem:documents.fileTooLarge\","
                    + "\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"" + detail
                    + "\",\"code\":\"documents.fileTooLarge\"}");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", backTo(request) + "tooLarge=" + mb);
    }

    /** The page the form came from (its path on this site only), ready for one more query parameter. */
    static String backTo(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String path = request.getContextPath() + "/";
        if (referer != null) {
            try {
                URI uri = new URI(referer);
                if (uri.getRawPath() != null && uri.getRawPath().startsWith("/")) {
                    path = uri.getRawPath();
                    String query = uri.getRawQuery() == null ? null
                            : uri.getRawQuery().replaceAll("(^|&)tooLarge=[^&]*", "");
                    if (query != null && !query.isBlank()) {
                        return path + "?" + query.replaceAll("^&", "") + "&";
                    }
                }
            } catch (URISyntaxException e) {
                // use the home page
            }
        }
        return path + "?";
    }
}
