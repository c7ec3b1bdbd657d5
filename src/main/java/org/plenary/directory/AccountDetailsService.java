package org.plenary.directory;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final LoginThrottle throttle;

    AccountDetailsService(Accounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Accounts.Stored s = accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException(email));
        Account a = s.account();
        return new PlenaryPrincipal(a.id(), a.email(), s.passwordHash(), a.name(), a.preferredLanguage(),
                a.enabled() && s.passwordHash() != null, !throttle.isLocked(email), !a.mustChangePassword(),
                a.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}
