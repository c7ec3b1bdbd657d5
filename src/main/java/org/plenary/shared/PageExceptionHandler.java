package org.plenary.shared;

import java.time.DateTimeException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A readable, translated page for refusals raised while serving a page. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageExceptionHandler {

    /** The same store of the page to come back to that the login form's success handler reads. */
    private static final RequestCache LOGIN_RETURN = new HttpSessionRequestCache();

    private final MessageSource messages;

    public PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A refusal for want of a login (401) sends the visitor to the login page, which brings them
     * back here afterwards, as the security filters do for a page that needs a login.
     */
    @ExceptionHandler(PlenaryException.class)
    String plenary(PlenaryException e, Locale locale, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            LOGIN_RETURN.saveRequest(request, response);
            return "redirect:/login";
        }
        return show(e.status(), messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale), locale, model,
                response);
    }

    /** A value the database refuses (too long, out of range): the input was bad, nothing is saved. */
    @ExceptionHandler({DataIntegrityViolationException.class, DateTimeException.class})
    String refusedValue(Exception e, Locale locale, Model model, HttpServletResponse response) {
        return show(HttpStatus.BAD_REQUEST, messages.getMessage("problem.valueRefused", null, locale), locale, model,
                response);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    String invalid(HandlerMethodValidationException e, Locale locale, Model model, HttpServletResponse response) {
        return show(HttpStatus.BAD_REQUEST, ValidationMessages.first(e.getAllErrors(), messages, locale), locale,
                model, response);
    }

    @ExceptionHandler(BindException.class)
    String invalid(BindException e, Locale locale, Model model, HttpServletResponse response) {
        return show(HttpStatus.BAD_REQUEST, ValidationMessages.first(e.getAllErrors(), messages, locale), locale,
                model, response);
    }

    static String show(HttpStatus status, String message, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAllAttributes(LayoutModelAdvice.layout(locale));
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        return "error/problem";
    }
}
