package org.plenary.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.DefaultMultipartHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.util.WebUtils;

/**
 * The one way the application reads a multipart body (uploads, the directory's CSV import), in
 * place of the servlet container's parser: Jetty's parser finds the boundary with a skipping search
 * (Tomcat's examines every byte, a third of an upload's CPU), and the body is read once, in 64 KB
 * steps. Limits are Spring Boot's {@code spring.servlet.multipart.*} properties (the container's own
 * multipart support is switched off with {@code spring.servlet.multipart.enabled=false}):
 * {@code max-file-size} per file, {@code max-request-size} for the body, files up to
 * {@code file-size-threshold} in memory and larger ones in a temporary file under
 * {@code location} (the JVM's temporary directory when unset), removed when the request ends.
 *
 * <p>Two parts, so that every error keeps its present answer: a filter, before security, gives each
 * multipart request a {@link MultipartBody} whose parameters (the CSRF check on pages reads one) are
 * parsed on first use, a failure leaving only the query's; the {@link MultipartResolver} then hands
 * the parsed body to Spring MVC, or throws its failure there, where {@code RequestReadingHandler}
 * answers 400 and {@code UploadLimitHandler} 413.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MultipartProperties.class)
public class MultipartForms {

    /** At most this many parts in one body (the container's default limit). */
    static final int MAX_PARTS = 50;
    /** At most this many bytes of headers in one part (a long file name in Chinese fits). */
    static final int MAX_PART_HEADERS = 4096;
    /** At most this many bytes of form fields (all but files) in one body: Tomcat's default for forms. */
    static final int MAX_FIELD_BYTES = 2 * 1024 * 1024;

    record Limits(long maxFileSize, long maxRequestSize, long memoryThreshold, Path location) {
        static Limits of(MultipartProperties props) {
            String location = props.getLocation();
            return new Limits(bytes(props.getMaxFileSize().toBytes()), bytes(props.getMaxRequestSize().toBytes()),
                    Math.max(0, props.getFileSizeThreshold().toBytes()),
                    Path.of(StringUtils.hasText(location) ? location : System.getProperty("java.io.tmpdir")));
        }

        /** A negative limit means none, as for the servlet container. */
        private static long bytes(long limit) {
            return limit < 0 ? Long.MAX_VALUE : limit;
        }
    }

    @Bean
    Limits multipartLimits(MultipartProperties props) throws IOException {
        Limits limits = Limits.of(props);
        Files.createDirectories(limits.location());
        return limits;
    }

    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    MultipartResolver multipartResolver(Limits limits) {
        return new Resolver(limits);
    }

    @Bean
    BodyFilter multipartBodyFilter(Limits limits) {
        return new BodyFilter(limits);
    }

    /** A multipart body, by its content type, as Spring's own resolver decides. */
    public static boolean isMultipart(HttpServletRequest request) {
        return StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/");
    }

    /**
     * Gives each multipart request its lazily parsed body and removes the body's temporary files when
     * the request ends, whatever answered it. Runs after documents' {@code UploadSizeFilter}, which
     * refuses a declared oversized body before anything reads it, and before security.
     */
    static final class BodyFilter extends OncePerRequestFilter implements Ordered {

        private final Limits limits;

        BodyFilter(Limits limits) {
            this.limits = limits;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 30;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!isMultipart(request)) {
                chain.doFilter(request, response);
                return;
            }
            MultipartBody body = new MultipartBody(request, limits);
            try {
                chain.doFilter(body, response);
            } finally {
                body.cleanup();
            }
        }
    }

    /** Spring MVC's view of the body the filter prepared (or of one it did not see, parsed here). */
    static final class Resolver implements MultipartResolver {

        private final Limits limits;

        Resolver(Limits limits) {
            this.limits = limits;
        }

        @Override
        public boolean isMultipart(HttpServletRequest request) {
            return MultipartForms.isMultipart(request);
        }

        @Override
        public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
            HttpServletRequest outer = request;
            MultipartBody body = WebUtils.getNativeRequest(request, MultipartBody.class);
            if (body == null) {
                body = new MultipartBody(request, limits);
                outer = body;
            }
            MultipartReader.Parsed parsed = body.parsed();
            // the fields are the body's parameters already; only the files and their types are added
            return new DefaultMultipartHttpServletRequest(outer, parsed.files(), Map.of(), parsed.contentTypes());
        }

        @Override
        public void cleanupMultipart(MultipartHttpServletRequest request) {
            MultipartBody body = WebUtils.getNativeRequest(request, MultipartBody.class);
            if (body != null) {
                body.cleanup();
            }
        }
    }
}
