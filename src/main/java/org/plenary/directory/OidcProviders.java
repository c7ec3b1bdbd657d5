package org.plenary.directory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.plenary.shared.BaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers the operator configured. Each provider's endpoints and keys come
 * from its discovery document, read at the first sign-in through it (so that a provider that is
 * down does not stop Plenary from starting); the redirect address comes from {@link BaseUrl},
 * never from the request.
 */
@Component
class OidcProviders implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(OidcProviders.class);

    /** A button on the login page, or a line on the account page. */
    record Button(String id, String displayName) {
    }

    private final OidcSettings settings;
    private final BaseUrl baseUrl;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    OidcProviders(OidcSettings settings, BaseUrl baseUrl) {
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    boolean any() {
        return !settings.providers().isEmpty();
    }

    List<Button> buttons() {
        return settings.providers().entrySet().stream()
                .map(e -> new Button(e.getKey(), e.getValue().displayName() == null ? e.getKey() : e.getValue().displayName()))
                .toList();
    }

    String displayName(String id) {
        OidcSettings.Provider p = settings.providers().get(id);
        return p == null || p.displayName() == null ? id : p.displayName();
    }

    OidcSettings.Provider settings(String id) {
        OidcSettings.Provider p = settings.providers().get(id);
        if (p == null) {
            throw new IllegalArgumentException("no provider " + id);
        }
        return p;
    }

    /**
     * The origins a form may lead to besides Plenary's own (CSP {@code form-action} also applies to redirects
     * after a submitted form): the link-a-provider and logout forms redirect to the provider's authorization and
     * end-session endpoints. Each configured issuer's origin, and those of discovered endpoints.
     */
    java.util.Set<String> formTargets() {
        java.util.Set<String> origins = new java.util.TreeSet<>();
        settings.providers().values().forEach(p -> addOrigin(origins, p.issuerUri()));
        discovered.values().forEach(r -> {
            addOrigin(origins, r.getProviderDetails().getAuthorizationUri());
            Object endSession = r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            addOrigin(origins, endSession == null ? null : endSession.toString());
        });
        return origins;
    }

    private static void addOrigin(java.util.Set<String> origins, String uri) {
        try {
            java.net.URI u = uri == null ? null : java.net.URI.create(uri);
            if (u != null && u.getHost() != null && ("https".equals(u.getScheme()) || "http".equals(u.getScheme()))) {
                origins.add(u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()));
            }
        } catch (IllegalArgumentException e) {
            log.warn("Provider address {} is not a URI", uri);
        }
    }

    /** Where the provider sends the browser back: the configured base URL unless the operator set another. */
    String returnBase() {
        String r = settings.returnBaseUrl();
        return r == null || r.isBlank() ? baseUrl.toString() : r.replaceAll("/+$", "");
    }

    @Override
    public ClientRegistration findByRegistrationId(String id) {
        OidcSettings.Provider p = id == null ? null : settings.providers().get(id);
        if (p == null) {
            return null;
        }
        try {
            return discovered.computeIfAbsent(id, k -> discover(k, p));
        } catch (RuntimeException e) {
            log.warn("OpenID Connect provider {} ({}) could not be discovered: {}", id, p.issuerUri(), e.toString());
            return null;
        }
    }

    private ClientRegistration discover(String id, OidcSettings.Provider p) {
        return ClientRegistrations.fromOidcIssuerLocation(p.issuerUri())
                .registrationId(id)
                .clientId(p.clientId())
                .clientSecret(p.clientSecret())
                .clientName(p.displayName() == null ? id : p.displayName())
                .scope("openid", "profile", "email")
                .redirectUri(returnBase() + "/login/oauth2/code/{registrationId}")
                .build();
    }
}
