package org.plenary.shared;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The database outage seen outside any controller: sessions live in PostgreSQL, so with the
 * database down even the login page fails when its session is read or saved, after the
 * controller advice ({@code DatabaseUnavailableAdvice}) could act. Runs outside the session
 * filter and answers such a request with the same 503 and translated text: a problem for the API,
 * a plain page for pages (saying that logging in is unavailable on the login path, so nobody takes
 * it for a wrong password).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final Problems problems;
    private final MessageSource messages;

    DatabaseUnavailableFilter(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Throwable outage = outage(e);
            if (outage == null || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable: {}", outage.getMessage());
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailableAdvice.RETRY_AFTER_SECONDS);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailableAdvice.KEY);
                return;
            }
            Locale locale = Problems.locale(request);
            String text = HtmlUtils.htmlEscape(messages.getMessage(
                    path.startsWith("/login") ? "login.unavailable" : DatabaseUnavailableAdvice.KEY, null, locale));
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\" dir=\""
                    + (Languages.isRightToLeft(locale) ? "rtl" : "ltr")
                    + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                    + "<title>" + text + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                    + "/css/plenary.css\"></head><body><main><p role=\"alert\">" + text + "</p></main></body></html>");
        }
    }

    /**
     * Whether the failure is PostgreSQL being unreachable: Spring's own types for it (its translator
     * gives them for every SQL state of a lost connection), or a failed rollback whose statement met
     * one. When a dead connection is handed out, its statement fails, the pool closes it and the
     * rollback then fails with "Connection is closed", a state-less error Spring cannot translate, so
     * the outage is the {@link TransactionSystemException}'s application exception, not its cause.
     *
     * @return the exception that says so (its message is the one worth logging), or null
     */
    static Throwable outage(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof QueryTimeoutException || t instanceof SQLTransientConnectionException) {
                return t;
            }
            if (t instanceof TransactionSystemException failed && failed.getApplicationException() != null
                    && failed.getApplicationException() != e) {
                Throwable original = outage(failed.getApplicationException());
                if (original != null) {
                    return original;
                }
            }
        }
        return null;
    }
}
