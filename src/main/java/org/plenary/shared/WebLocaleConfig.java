package org.plenary.shared;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Page language: {@code ?lang=xx} switches and remembers it in a cookie; without one the
 * browser's preferred language is used when it is one of the six, else English.
 */
@Configuration(proxyBeanMethods = false)
public class WebLocaleConfig implements WebMvcConfigurer {

    public static final String COOKIE = "plenary-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            // A cookie is what the client says: a garbled or foreign value means the browser's choice.
            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                // lazy, as the parent's: a language switched in this very request (?lang=) shows at once
                return () -> {
                    Locale locale;
                    try {
                        locale = super.resolveLocaleContext(request).getLocale();
                    } catch (RuntimeException e) {
                        locale = null;
                    }
                    return locale != null && Languages.isSupported(locale.getLanguage())
                            ? Languages.locale(locale.getLanguage()) : fromBrowser(request);
                };
            }

            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return resolveLocaleContext(request).getLocale();
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(WebLocaleConfig::fromBrowser);
        return resolver;
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        var locales = request.getLocales();
        while (locales.hasMoreElements()) {
            Locale l = locales.nextElement();
            if (Languages.isSupported(l.getLanguage())) {
                return Languages.locale(l.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                    Object handler) throws ServletException {
                String lang = request.getParameter(getParamName());
                if (lang != null && !Languages.isSupported(lang)) {
                    return true; // an unknown language is ignored, not an error page
                }
                return super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
