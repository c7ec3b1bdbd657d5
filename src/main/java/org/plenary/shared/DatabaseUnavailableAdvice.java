package org.plenary.shared;

import java.util.Locale;

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
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * PostgreSQL unreachable (down, restarting, pool exhausted for longer than the connection
 * timeout): the request fails fast with 503 and a translated "try again shortly" instead of a
 * 500, a translated page for pages and an RFC 9457 problem for the API.
 */
final class DatabaseUnavailableAdvice {

    static final String KEY = "problem.databaseUnavailable";
    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    private DatabaseUnavailableAdvice() {
    }

    private static void logOutage(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
    }

    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Api {

        private final Problems problems;

        Api(Problems problems) {
            this.problems = problems;
        }

        @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
                QueryTimeoutException.class})
        ResponseEntity<ProblemDetail> unavailable(Exception e, Locale locale) {
            logOutage(e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, KEY, null, locale));
        }
    }

    @ControllerAdvice(annotations = Controller.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    static class Pages {

        private final MessageSource messages;

        Pages(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
                QueryTimeoutException.class})
        String unavailable(Exception e, Locale locale, Model model, HttpServletResponse response) {
            logOutage(e);
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return PageExceptionHandler.show(HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage(KEY, null, locale),
                    locale, model, response);
        }
    }
}
