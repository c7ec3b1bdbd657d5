package org.plenary.shared;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

    RequestReadingHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MultipartException.class)
    Object unreadable(MultipartException e, HttpServletRequest request, Locale locale) throws MultipartException {
        if (e instanceof MaxUploadSizeExceededException) {
            throw e;
        }
        String message = messages.getMessage("problem.unreadableUpload", null, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
            pd.setType(URI.create("urn:plenary:problem:problem.unreadableUpload"));
            pd.setProperty("code", "problem.unreadableUpload");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
        }
        ModelAndView mv = new ModelAndView("error/problem");
        mv.setStatus(HttpStatus.BAD_REQUEST);
        mv.addObject("status", 400);
        mv.addObject("message", message);
        mv.addAllObjects(LayoutModelAdvice.layout(locale));
        return mv;
    }
}
