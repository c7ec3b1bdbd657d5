package org.plenary.documents;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.MultipartForms;
import org.plenary.shared.Problems;
import org.springframework.http.HttpStatus;
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
    private final Problems problems;

    UploadSizeFilter(DocumentsProperties props, Problems problems) {
        this.props = props;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod()) || !MultipartForms.isMultipart(request)
                || request.getContentLengthLong() <= props.maxFileSize().toBytes()) {
            chain.doFilter(request, response);
            return;
        }
        long mb = props.maxFileSize().toMegabytes();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "documents.fileTooLarge", mb);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", backTo(request) + "tooLarge=" + mb);
    }

    /**
     * The page the form came from, ready for one more query parameter: only a path of this
     * application, whatever the {@code Referer} says (it is the sender's header): the redirect names
     * a path only, never a host, and a path a browser would read as another host ({@code //host},
     * {@code /\host}) or anything unreadable sends the browser to the home page.
     */
    static String backTo(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return home + "?";
        }
        URI uri;
        try {
            uri = new URI(referer);
        } catch (URISyntaxException e) {
            return home + "?";
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(home) || path.startsWith("//") || path.contains("\\")) {
            return home + "?";
        }
        String query = uri.getRawQuery() == null ? null : uri.getRawQuery().replaceAll("(^|&)tooLarge=[^&]*", "");
        if (query != null && !query.isBlank()) {
            return path + "?" + query.replaceAll("^&", "") + "&";
        }
        return path + "?";
    }
}
