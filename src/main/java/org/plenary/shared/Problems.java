package org.plenary.shared;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way an RFC 9457 problem detail is made: type {@code urn:plenary:problem:<key>}, the
 * translated detail and the key as {@code code}. Controllers return it (the MVC converters write
 * it); filters that answer before any controller write it here with the application's JSON mapper.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    public Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    public ProblemDetail of(HttpStatusCode status, String key, Object[] args, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, key, locale));
        pd.setType(URI.create("urn:plenary:problem:" + key));
        pd.setProperty("code", key);
        return pd;
    }

    /** Writes the problem as the whole response (status, {@code application/problem+json}, UTF-8). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String key,
            Object... args) throws IOException {
        ProblemDetail pd = of(status, key, args, locale(request));
        try {
            pd.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException e) {
            // a path that is no URI gets no instance
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(pd));
    }

    /** The caller's language from {@code Accept-Language} when Plenary speaks it, English otherwise. */
    public static Locale locale(HttpServletRequest request) {
        Locale l = request.getLocale();
        return l != null && Languages.isSupported(l.getLanguage()) ? l : Locale.ENGLISH;
    }
}
