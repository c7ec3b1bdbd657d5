package org.plenary.shared;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One rule for every request before any controller sees it: no parameter, path variable or
 * uploaded file name carries a control character (tab and line breaks aside), and no value is
 * longer than {@link InputLimits#ANY}, and no value written as a date falls outside
 * {@link InputLimits#FIRST_YEAR}..{@link InputLimits#LAST_YEAR}. PostgreSQL cannot store a NUL, and no person types one;
 * the refusal is a 400 problem (API) or a translated page, never a 500. JSON bodies follow the
 * same rule through {@link JsonInputRules}.
 */
@Configuration(proxyBeanMethods = false)
public class InputGuard implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            check(p.getKey(), p.getKey(), InputLimits.NAME);
            for (String v : p.getValue()) {
                check(p.getKey(), v, InputLimits.ANY);
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars) {
            vars.forEach((k, v) -> check(String.valueOf(k), String.valueOf(v), InputLimits.NAME));
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (MultipartFile f : multipart.getMultiFileMap().values().stream().flatMap(List::stream)
                    .toList()) {
                check(f.getName(), f.getOriginalFilename(), InputLimits.FILE_NAME);
            }
        }
        return true;
    }

    /** Refuses a value with a control character or over {@code max} characters. */
    public static void check(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (InputLimits.hasControlCharacter(value)) {
            throw PlenaryException.invalid("problem.controlCharacter", printable(field));
        }
        if (value.length() > max) {
            throw PlenaryException.invalid("problem.tooLong", printable(field), max);
        }
        Matcher date = ISO_DATE.matcher(value);
        if (date.matches() && !InputLimits.isPlausible(date.group(1))) {
            throw PlenaryException.invalid("problem.dateOutOfRange", printable(field),
                    String.valueOf(InputLimits.FIRST_YEAR), String.valueOf(InputLimits.LAST_YEAR));
        }
    }

    /** A value written as an ISO date (as date fields send it), with its year. */
    private static final Pattern ISO_DATE = Pattern.compile("([+-]?\\d{4,})-\\d{2}-\\d{2}");

    private static String printable(String field) {
        String f = field == null ? "" : field.replaceAll("\\p{Cntrl}", "?");
        return f.length() > 60 ? f.substring(0, 60) + "…" : f;
    }
}
