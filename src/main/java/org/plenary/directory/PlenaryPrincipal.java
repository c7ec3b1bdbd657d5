package org.plenary.directory;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in account as Spring Security sees it; code asks for it through {@link CurrentUser}. */
public class PlenaryPrincipal extends User {

    private final AccountId accountId;
    private final String displayName;
    private final String preferredLanguage;

    PlenaryPrincipal(AccountId accountId, String email, String passwordHash, String displayName,
            String preferredLanguage, boolean enabled, boolean nonLocked, boolean credentialsNonExpired,
            Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash == null ? "" : passwordHash, enabled, true, credentialsNonExpired, nonLocked,
                authorities);
        this.accountId = accountId;
        this.displayName = displayName;
        this.preferredLanguage = preferredLanguage;
    }

    public AccountId accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean has(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlenaryPrincipal p && p.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }
}
