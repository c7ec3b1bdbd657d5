package org.plenary.support;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.plenary.directory.Account;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Creates accounts with a known password and runs code as one of them. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private final AccountManagement accounts;
    private final UserDetailsService users;

    public TestUsers(AccountManagement accounts, UserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    /** A new account with a unique e-mail address and the given roles. */
    public Account create(String name, Role... roles) {
        String email = name.toLowerCase().replaceAll("[^a-z0-9]", ".") + "." + UUID.randomUUID().toString()
                .substring(0, 8) + "@example.org";
        return accounts.create(new AccountManagement.NewAccount(email, name, "en", Set.of(roles), PASSWORD));
    }

    public <T> T as(Account account, Supplier<T> action) {
        UserDetails u = users.loadUserByUsername(account.email());
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public void as(Account account, Runnable action) {
        as(account, () -> {
            action.run();
            return null;
        });
    }
}
