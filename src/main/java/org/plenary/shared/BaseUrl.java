package org.plenary.shared;

import java.net.URI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one place absolute links come from (mails, calendars, documents): the configured base URL
 * ({@code PLENARY_BASE_URL}), never the request's {@code Host} or forwarded headers, which an
 * attacker chooses.
 */
@Component
public class BaseUrl {

    private final String base;

    @Autowired
    BaseUrl(PlenaryProperties props) {
        this(props.baseUrl());
    }

    public BaseUrl(String configured) {
        this.base = validated(configured);
    }

    static String validated(String configured) {
        URI uri;
        try {
            uri = URI.create(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("plenary.base-url is not a URL: " + configured, e);
        }
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalStateException("plenary.base-url must be an absolute http(s) URL without query, "
                    + "fragment or user info, such as https://plenary.example.org: " + configured);
        }
        return uri.toString().replaceAll("/+$", "");
    }

    /** The absolute URL of an application path such as {@code /meetings/SG12-2026-06}. */
    public String of(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("an application path starts with one slash: " + path);
        }
        return base + path;
    }

    @Override
    public String toString() {
        return base;
    }
}
