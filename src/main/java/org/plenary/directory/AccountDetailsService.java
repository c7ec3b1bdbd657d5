package org.plenary.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Accounts as Spring Security sees them. An account without a password (an imported person who
 * was not invited yet) carries the hash of a random secret, so a login attempt costs the same
 * bcrypt as for any other address and fails with the same answer (unknown addresses get Spring's
 * own dummy check). Throttling is {@link ThrottledAuthenticationProvider}'s.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final String noPassword;

    AccountDetailsService(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.noPassword = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Accounts.Stored s = accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        Account a = s.account();
        if (s.passwordHash() == null) {
            return new PlenaryPrincipal(a.id(), a.email(), noPassword, a.name(), a.preferredLanguage(), false, true,
                    !a.mustChangePassword(), authorities(a));
        }
        return principal(a, s.passwordHash());
    }

    /** The account as a principal with its roles as they are stored now. */
    static PlenaryPrincipal principal(Account a, String passwordHash) {
        return new PlenaryPrincipal(a.id(), a.email(), passwordHash, a.name(), a.preferredLanguage(), a.enabled(), true,
                !a.mustChangePassword(), authorities(a));
    }

    private static List<SimpleGrantedAuthority> authorities(Account a) {
        return a.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}
