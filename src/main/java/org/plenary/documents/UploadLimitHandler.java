package org.plenary.documents;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.plenary.shared.Problems;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over {@code plenary.documents.max-file-size} is refused while the request is parsed,
 * before any controller is chosen: answer 413 with a clear message, as a problem detail for the
 * API and as the error page for forms.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private final MessageSource messages;
    private final DocumentsProperties props;
    private final Problems problems;

    UploadLimitHandler(MessageSource messages, DocumentsProperties props, Problems problems) {
        this.messages = messages;
        this.props = props;
        this.problems = problems;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, Locale locale) {
        Object[] args = {props.maxFileSize().toMegabytes()};
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail pd = problems.of(HttpStatus.CONTENT_TOO_LARGE, "documents.fileTooLarge", args, locale);
            return ResponseEntity.status(413).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
        }
        String message = messages.getMessage("documents.fileTooLarge", args, locale);
        ModelAndView mv = new ModelAndView("error/problem");
        mv.setStatus(HttpStatus.valueOf(413));
        mv.addObject("status", 413);
        mv.addObject("message", message);
        return mv;
    }
}
