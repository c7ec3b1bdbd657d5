package org.plenary.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The one authentication provider of both filter chains: passwords checked behind the login throttle. */
@Configuration(proxyBeanMethods = false)
class AuthenticationConfig {

    @Bean
    AuthenticationProvider throttledPasswordLogin(UserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }
}
