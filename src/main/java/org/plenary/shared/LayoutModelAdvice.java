package org.plenary.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: text direction and the language switch. */
@ControllerAdvice(annotations = Controller.class)
public class LayoutModelAdvice {

    @ModelAttribute("dir")
    String dir(Locale locale) {
        return Languages.isRightToLeft(locale) ? "rtl" : "ltr";
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage();
    }

    /** Field limits for {@code maxlength}: {@code th:maxlength="${limits.title}"}. */
    @ModelAttribute("limits")
    Map<String, Integer> limits() {
        return InputLimits.FOR_TEMPLATES;
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return Languages.CODES;
    }

    /**
     * The same for a page shown by an exception handler, whose model the {@code @ModelAttribute} methods
     * above never fill: without it a refusal in Arabic would lose its language, direction and switch.
     */
    static Map<String, Object> layout(Locale locale) {
        LayoutModelAdvice a = new LayoutModelAdvice();
        return Map.of("dir", a.dir(locale), "lang", a.lang(locale), "limits", a.limits(), "languages", a.languages());
    }
}
