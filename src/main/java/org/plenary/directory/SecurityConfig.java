package org.plenary.directory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.Languages;
import org.plenary.shared.PublicEndpoints;
import org.plenary.shared.WebLocaleConfig;
import org.springframework.context.MessageSource;
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
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Two filter chains. The JSON API and actuator are stateless with HTTP Basic (a browser session
 * cookie does not authenticate there, so no CSRF token is needed). Pages use form login, a
 * session (id changed at login), CSRF tokens on every form. Each module declares its public
 * paths as {@link PublicEndpoints}; everything else needs a login, and method security checks
 * roles and ownership in each module's service.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder(java.time.Clock clock) {
        return new VerifiedPasswordCache(PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock,
                Duration.ofMinutes(5), 10_000);
    }

    @Bean
    PublicEndpoints directoryPublicEndpoints() {
        return PublicEndpoints.any("/login", "/login/renew", "/error", "/css/**", "/js/**", "/fonts/**", "/img/**",
                "/favicon.ico", "/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                "/swagger-ui.html");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints, MessageSource messages)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> {
                    if (e instanceof AuthenticationServiceException) {
                        // the accounts could not be read (database down): not the caller's fault
                        problem(res, req, 503, "problem.databaseUnavailable", messages);
                        return;
                    }
                    problem(res, req, 401, "problem.unauthenticated", messages);
                }))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(res, req, 401, "problem.unauthenticated", messages))
                        .accessDeniedHandler((req, res, ex) -> problem(res, req, 403, "problem.forbidden", messages)))
                .authorizeHttpRequests(a -> {
                    permitPublic(a, publicEndpoints);
                    a.requestMatchers("/actuator/**").hasRole(Role.SECRETARIAT.name());
                    a.anyRequest().authenticated();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        http.authorizeHttpRequests(a -> {
                    permitPublic(a, publicEndpoints);
                    a.anyRequest().authenticated();
                })
                .formLogin(f -> f.loginPage("/login").permitAll()
                        .successHandler((req, res, auth) -> {
                            rememberLanguage(res, auth);
                            saved.onAuthenticationSuccess(req, res, auth);
                        })
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
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
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

    private static void problem(HttpServletResponse res, HttpServletRequest req, int status, String key,
            MessageSource messages) throws IOException {
        Locale locale = req.getLocale() != null && Languages.isSupported(req.getLocale().getLanguage())
                ? req.getLocale() : Locale.ENGLISH;
        String detail = messages.getMessage(key, null, key, locale).replace("\\", "\\\\").replace("\"", "\\\"");
        res.setStatus(status);
        res.setContentType("application/problem+json");
        res.setCharacterEncoding("UTF-8");
        if (status == 401) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"Plenary\"");
        }
        if (status == 503) {
            res.setHeader("Retry-After", "30");
        }
        res.getWriter().write("{\"type\":\"urn:plenary:problem:" + key + "\",\"title\":\""
                + (status == 401 ? "Unauthorized" : status == 503 ? "Service Unavailable" : "Forbidden")
                + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + req.getRequestURI().replace("\"", "") + "\"}");
    }
}
