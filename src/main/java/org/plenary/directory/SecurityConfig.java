package org.plenary.directory;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.BaseUrl;
import org.plenary.shared.Languages;
import org.plenary.shared.Problems;
import org.plenary.shared.PublicEndpoints;
import org.plenary.shared.WebLocaleConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains. The JSON API and actuator are stateless with personal access tokens
 * ({@link BearerTokenFilter}) or HTTP Basic (a browser session
 * cookie does not authenticate there, so no CSRF token is needed; {@link ApiWriteGuard} refuses
 * cross-site writes and form bodies, {@link ApiResponses} challenges only non-browser clients).
 * Pages use form login (and the operator's OpenID Connect providers, {@link OidcConfig}), a session in PostgreSQL (id changed at login, ended by
 * {@link AccountSessions}), CSRF tokens on every form; a session starts only when a page needs
 * one (a form, a login), never for an anonymous reader. Each module declares its public paths as
 * {@link PublicEndpoints}; everything else needs a login, and method security checks roles and
 * ownership in each module's service.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** bcrypt, checked afresh on every use: HTTP Basic pays it per request (scripts should use access tokens). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PublicEndpoints directoryPublicEndpoints() {
        return PublicEndpoints.any("/login", "/login/renew", "/error", "/css/**", "/js/**", "/fonts/**", "/img/**",
                "/favicon.ico", "/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                "/swagger-ui.html");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints, Problems problems,
            BaseUrl baseUrl, PersonalAccessTokens tokens) throws Exception {
        ApiResponses refusals = new ApiResponses(problems);
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(c -> c.disable())
                .addFilterBefore(new ApiWriteGuard(problems, baseUrl), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(refusals::unauthenticated))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(refusals::unauthenticated)
                        .accessDeniedHandler(refusals::forbidden))
                .authorizeHttpRequests(a -> {
                    permitPublic(a, publicEndpoints);
                    a.requestMatchers("/actuator/**").hasRole(Role.SECRETARIAT.name());
                    a.anyRequest().authenticated();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints, OidcProviders providers,
            OidcSignIn oidcSignIn, BaseUrl baseUrl) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        AuthenticationSuccessHandler success = (req, res, auth) -> {
            rememberLanguage(res, auth);
            saved.onAuthenticationSuccess(req, res, auth);
        };
        OidcConfig.apply(http, providers, oidcSignIn, baseUrl, success);
        http.authorizeHttpRequests(a -> {
                    permitPublic(a, publicEndpoints);
                    a.anyRequest().authenticated();
                })
                .formLogin(f -> f.loginPage("/login").permitAll()
                        .successHandler(success)
                        .failureHandler((req, res, e) -> {
                            if (e instanceof CredentialsExpiredException) {
                                // a one-time password is right but must be replaced before any use
                                req.getSession().setAttribute(AccountController.RENEW_EMAIL, req.getParameter("username"));
                                res.sendRedirect(req.getContextPath() + "/login/renew");
                                return;
                            }
                            if (e instanceof AuthenticationServiceException) {
                                // the account could not be read (database down): not a wrong password
                                res.sendRedirect(req.getContextPath() + "/login?unavailable");
                                return;
                            }
                            res.sendRedirect(req.getContextPath()
                                    + (e instanceof LockedException ? "/login?locked" : "/login?error"));
                        }))
                .logout(l -> {
                    l.logoutUrl("/logout");
                    if (!providers.any()) {
                        l.logoutSuccessUrl("/?loggedOut");
                    }
                })
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // the providers' origins are form targets: linking and logout redirect there after a form
                .headers(h -> h.addHeaderWriter((req, res) -> res.setHeader("Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"
                                + providers.formTargets().stream().map(o -> " " + o).collect(Collectors.joining()))));
        return http.build();
    }

    private static void permitPublic(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a,
            List<PublicEndpoints> publicEndpoints) {
        for (PublicEndpoints p : publicEndpoints) {
            String[] patterns = p.patterns().toArray(String[]::new);
            if (p.method() == null) {
                a.requestMatchers(patterns).permitAll();
            } else {
                a.requestMatchers(p.method(), patterns).permitAll();
                if (p.method() == HttpMethod.GET) {
                    a.requestMatchers(HttpMethod.HEAD, patterns).permitAll();
                }
            }
        }
    }

    private static void rememberLanguage(HttpServletResponse res, Authentication auth) {
        if (auth.getPrincipal() instanceof PlenaryPrincipal p && Languages.isSupported(p.preferredLanguage())) {
            Cookie c = new Cookie(WebLocaleConfig.COOKIE, p.preferredLanguage());
            c.setPath("/");
            c.setMaxAge((int) Duration.ofDays(365).toSeconds());
            c.setHttpOnly(true);
            res.addCookie(c);
        }
    }
}
