package org.plenary.directory;

import java.time.Clock;
import java.time.Duration;

import org.plenary.shared.BaseUrl;
import org.plenary.shared.PublicEndpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Sign-in through the operator's OpenID Connect providers, added to the page chain only when at
 * least one is configured. Spring Security's defaults stay: state, nonce and PKCE on every
 * authorization request, the ID token's signature checked against the provider's published keys,
 * its issuer, audience and times checked (against Plenary's clock, with one minute of skew).
 */
@Configuration(proxyBeanMethods = false)
class OidcConfig {

    private static final Logger log = LoggerFactory.getLogger(OidcConfig.class);

    @Bean
    PublicEndpoints oidcPublicEndpoints() {
        return PublicEndpoints.any("/login/refused");
    }

    @Bean
    OidcSignIn oidcSignIn(OidcAccounts accounts, OidcProviders providers) {
        return new OidcSignIn(accounts, providers);
    }

    @Bean
    JwtDecoderFactory<ClientRegistration> oidcIdTokenDecoderFactory(Clock clock) {
        OidcIdTokenDecoderFactory factory = new OidcIdTokenDecoderFactory();
        factory.setJwtValidatorFactory(registration -> {
            JwtTimestampValidator times = new JwtTimestampValidator(Duration.ofMinutes(1));
            times.setClock(clock);
            OidcIdTokenValidator claims = new OidcIdTokenValidator(registration);
            claims.setClock(clock);
            claims.setClockSkew(Duration.ofMinutes(1));
            return new DelegatingOAuth2TokenValidator<>(times, claims);
        });
        return factory;
    }

    /** Adds provider sign-in and provider logout to the page chain; nothing when no provider is configured. */
    static void apply(HttpSecurity http, OidcProviders providers, OidcSignIn signIn, BaseUrl baseUrl,
            AuthenticationSuccessHandler success) throws Exception {
        if (!providers.any()) {
            return;
        }
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(providers);
        logout.setPostLogoutRedirectUri(providers.returnBase() + "/?loggedOut");
        logout.setDefaultTargetUrl("/?loggedOut");
        http.oauth2Login(o -> o.loginPage("/login")
                        .clientRegistrationRepository(providers)
                        .userInfoEndpoint(u -> u.oidcUserService(signIn))
                        .successHandler(success)
                        .failureHandler((req, res, e) -> {
                            String code = e instanceof OAuth2AuthenticationException o2 ? o2.getError().getErrorCode() : "";
                            log.info("Sign-in through a provider refused: {}", code);
                            res.sendRedirect(req.getContextPath() + "/login/refused?reason=" + reason(code));
                        }))
                .logout(l -> l.logoutSuccessHandler(logout));
    }

    private static String reason(String code) {
        return switch (code) {
            case OidcAccounts.UNVERIFIED -> "unverified";
            case OidcAccounts.LOCAL_ACCOUNT -> "local";
            case OidcAccounts.LINKED_ELSEWHERE -> "elsewhere";
            case OidcAccounts.DISABLED -> "disabled";
            default -> "failed";
        };
    }
}
