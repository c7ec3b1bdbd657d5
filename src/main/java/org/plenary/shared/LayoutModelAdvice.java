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
}
