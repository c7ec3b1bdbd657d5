package org.plenary.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one authentication provider of both filter chains: passwords checked behind the login throttle.
 * An operator who signs everyone in through OpenID Connect providers switches passwords off
 * ({@code plenary.login.local-passwords=false}): then every password is refused, right or wrong.
 */
@Configuration(proxyBeanMethods = false)
class AuthenticationConfig {

    @Bean
    AuthenticationProvider throttledPasswordLogin(UserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, OidcSettings settings) {
        return passwordLogin(new ThrottledAuthenticationProvider(users, encoder, throttle), settings);
    }

    static AuthenticationProvider passwordLogin(AuthenticationProvider passwords, OidcSettings settings) {
        if (settings.passwordsAllowed()) {
            return passwords;
        }
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                throw new DisabledException("Plenary's own passwords are switched off");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return passwords.supports(authentication);
            }
        };
    }
}
