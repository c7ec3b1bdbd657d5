package org.plenary.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

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
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("problem.duplicate", null, locale));
        pd.setProperty("code", "problem.duplicate");
        return pd;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.badParameter", new Object[] {e.getName()}, locale));
        pd.setProperty("code", "problem.badParameter");
        return pd;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.invalid", null, locale));
        List<java.util.Map<String, String>> errors = ex.getBindingResult().getAllErrors().stream()
                .map(err -> java.util.Map.of(
                        "field", err instanceof FieldError f ? f.getField() : err.getObjectName(),
                        "message", messages.getMessage(err, locale)))
                .toList();
        pd.setProperty("errors", errors);
        pd.setProperty("code", "problem.invalid");
        return handleExceptionInternal(ex, pd, headers, HttpStatus.BAD_REQUEST, request);
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
