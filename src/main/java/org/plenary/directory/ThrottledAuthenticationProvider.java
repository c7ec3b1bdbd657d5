package org.plenary.directory;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password login (form and HTTP Basic) behind the {@link LoginThrottle}: a client that must
 * still wait is refused before its password is even checked, the same way for existing and
 * unknown addresses. The account's state (disabled, one-time password) is told only after the
 * right password, so the time and the answer to a wrong one never depend on the address.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Refused because of the throttle: the page says "wait and try again", the same for every address. */
    static class LoginDelayedException extends LockedException {
        private final transient Duration wait;

        LoginDelayedException(Duration wait) {
            super("Too many failed logins; wait " + wait.toSeconds() + " s");
            this.wait = wait;
        }

        Duration waitFor() {
            return wait;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(u -> {
        });
        this.passwords.setPostAuthenticationChecks(u -> {
            if (!u.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
            if (!u.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("One-time password must be replaced");
            }
        });
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Duration wait = throttle.waitBefore(authentication.getName(), LoginThrottle.clientOf(authentication));
        if (!wait.isZero()) {
            throw new LoginDelayedException(wait);
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
