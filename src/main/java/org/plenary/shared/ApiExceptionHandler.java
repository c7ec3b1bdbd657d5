package org.plenary.shared;

import java.util.List;
import java.time.DateTimeException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.InvalidNullException;

/** RFC 9457 problem details for every JSON API error, with the detail in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;
    private final Problems problems;

    public ApiExceptionHandler(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(PlenaryException.class)
    ProblemDetail plenary(PlenaryException e, Locale locale) {
        return problems.of(e.status(), e.messageKey(), e.args(), locale);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "problem.duplicate", locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return problems.of(HttpStatus.BAD_REQUEST, "problem.badParameter", new Object[] {e.getName()}, locale);
    }

    /** A value the database refuses (too long, out of range, not storable): the input was bad, nothing is saved. */
    @ExceptionHandler({DataIntegrityViolationException.class, DateTimeException.class})
    ProblemDetail refusedValue(Exception e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "problem.valueRefused", locale);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale);
        pd.setProperty("errors", ValidationMessages.of(ex.getBindingResult().getAllErrors(), messages, locale));
        return handleExceptionInternal(ex, pd, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale);
        pd.setProperty("errors", ValidationMessages.of(ex.getAllErrors(), messages, locale));
        return handleExceptionInternal(ex, pd, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A required form field or query parameter left out: name it (the generic text speaks of JSON). */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, missing(ex.getParameterName()), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, missing(ex.getRequestPartName()), headers, HttpStatus.BAD_REQUEST, request);
    }

    private ProblemDetail missing(String name) {
        return problems.of(HttpStatus.BAD_REQUEST, "problem.required", new Object[] {name},
                LocaleContextHolder.getLocale());
    }

    /** Unreadable JSON; when one of our input rules refused a value while reading, say which rule. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail pd = null;
        for (Throwable t = ex; t != null && pd == null; t = t.getCause()) {
            if (t instanceof PlenaryException p) {
                pd = plenary(p, locale);
            } else if (t instanceof InvalidNullException) {
                pd = problem(HttpStatus.BAD_REQUEST, "problem.nullElement", locale);
            }
        }
        if (pd == null) {
            pd = problem(HttpStatus.BAD_REQUEST, "problem.malformed", locale);
        }
        return handleExceptionInternal(ex, pd, headers, HttpStatus.BAD_REQUEST, request);
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        return problems.of(status, key, null, locale);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail pd && pd.getDetail() != null && statusCode.value() == 400
                && pd.getProperties() == null) {
            pd.setDetail(messages.getMessage("problem.malformed", null, request.getLocale()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
