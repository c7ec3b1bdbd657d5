package org.plenary.shared;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The application's {@link MessageSource} (for {@code #{...}} in templates and
 * {@code getMessage} in code): the bundles named by {@code spring.messages.basename}, formatted
 * with ICU's MessageFormat, so messages can say {@code {0, plural, one {# mail} other {# mails}}}
 * with each language's plural categories (Arabic: zero/one/two/few/many/other, Russian:
 * one/few/many/other). Numbers are written with Western digits in every language, as ITU
 * documents do, so an Arabic page never mixes two digit sets.
 */
@Configuration(proxyBeanMethods = false)
class IcuMessages {

    /** Spring's own {@code spring.messages.*} settings, bound as Spring binds them when it makes the source. */
    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties props) {
        ResourceBundleMessageSource source = new IcuMessageSource();
        source.setBasenames(props.getBasename().stream().map(String::strip).toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(props.isFallbackToSystemLocale());
        source.setUseCodeAsDefaultMessage(props.isUseCodeAsDefaultMessage());
        return source;
    }

    /** The locale ICU formats in: the reader's language, Western (Latin) digits. */
    static ULocale icuLocale(Locale locale) {
        return ULocale.forLocale(locale == null ? Locale.ENGLISH : locale).setKeywordValue("numbers", "latn");
    }

    /**
     * Messages with arguments are formatted by ICU; those without are printed as they are, as
     * Spring does. Formats are cached per pattern and locale.
     */
    static final class IcuMessageSource extends ResourceBundleMessageSource {

        private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            if (code == null || ObjectUtils.isEmpty(args)) {
                return super.getMessageInternal(code, args, locale);
            }
            Locale l = locale == null ? Locale.getDefault() : locale;
            String pattern = resolveCodeWithoutArguments(code, l);
            if (pattern == null) {
                return super.getMessageInternal(code, args, l);
            }
            MessageFormat f = formats.computeIfAbsent(l.toLanguageTag() + "|" + pattern,
                    k -> new MessageFormat(pattern, icuLocale(l)));
            Object[] resolved = resolveArguments(args, l);
            synchronized (f) {
                return f.format(resolved);
            }
        }
    }
}
