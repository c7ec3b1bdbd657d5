package org.plenary.shared;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A body the server cannot even read (an unterminated multipart upload) fails before any
 * controller is chosen, so the API's and the pages' handlers never see it: answer 400 here, as a
 * problem detail for the API and as the error page for forms. Oversized uploads keep their own
 * 413 answer (documents' {@code UploadLimitHandler}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestReadingHandler {

    private final MessageSource messages;
    private final Problems problems;

    RequestReadingHandler(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    /** A limit the sender can mend says which (too many parts, too much form text); anything else asks to send again. */
    @ExceptionHandler(MultipartException.class)
    Object unreadable(MultipartException e, HttpServletRequest request, Locale locale) throws MultipartException {
        if (e instanceof MaxUploadSizeExceededException) {
            throw e;
        }
        MultipartLimitException limit = e instanceof MultipartLimitException l ? l : null;
        String key = limit == null ? "problem.unreadableUpload" : limit.messageKey();
        Object[] args = limit == null ? null : limit.args();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.of(HttpStatus.BAD_REQUEST, key, args, locale));
        }
        String message = messages.getMessage(key, args, locale);
        ModelAndView mv = new ModelAndView("error/problem");
        mv.setStatus(HttpStatus.BAD_REQUEST);
        mv.addObject("status", 400);
        mv.addObject("message", message);
        mv.addAllObjects(LayoutModelAdvice.layout(locale));
        return mv;
    }
}
