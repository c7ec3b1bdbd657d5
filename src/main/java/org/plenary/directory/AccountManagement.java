package org.plenary.directory;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, changing passwords and profiles. */
@Service
public class AccountManagement {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AccountSessions sessions;

    AccountManagement(Accounts accounts, PasswordEncoder encoder, Clock clock, AccountSessions sessions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.sessions = sessions;
    }

    public record NewAccount(String email, String name, String preferredLanguage, Set<Role> roles, String password) {
    }

    @Transactional
    public Account create(NewAccount n) {
        String email = EmailAddresses.checked(n.email());
        if (n.name() == null || n.name().isBlank()) {
            throw PlenaryException.invalid("account.nameRequired");
        }
        checkPassword(n.password());
        if (accounts.findByEmail(email).isPresent()) {
            throw PlenaryException.conflict("account.emailTaken", email);
        }
        String lang = Languages.isSupported(n.preferredLanguage()) ? n.preferredLanguage() : "en";
        Set<Role> roles = n.roles() == null || n.roles().isEmpty() ? Set.of(Role.DELEGATE) : Set.copyOf(n.roles());
        Account a = new Account(AccountId.random(), email, n.name().strip(), lang, roles, true, false, clock.instant());
        accounts.insert(a, encoder.encode(n.password()));
        return a;
    }

    /** An account whose first password must be changed at first login (the bootstrap administrator). */
    @Transactional
    Account createWithOneTimePassword(String email, String name, Set<Role> roles, String password) {
        Account a = create(new NewAccount(email, name, "en", roles, password));
        accounts.updatePassword(a.id(), encoder.encode(password), true);
        return accounts.findById(a.id()).orElseThrow().account();
    }

    @Transactional
    public void changePassword(AccountId id, String current, String next) {
        Accounts.Stored s = accounts.findById(id).orElseThrow(() -> PlenaryException.notFound("account.notFound"));
        if (s.passwordHash() == null || !encoder.matches(current, s.passwordHash())) {
            throw PlenaryException.invalid("account.currentPasswordWrong");
        }
        if (next != null && next.equals(current)) {
            throw PlenaryException.invalid("account.passwordUnchanged");
        }
        checkPassword(next);
        accounts.updatePassword(id, encoder.encode(next), false);
        // whoever knew the old password is out everywhere; the person changing it stays logged in here
        sessions.endOthers(s.account().email());
    }

    /** Replaces a one-time password (the only way an account with one can be used). */
    @Transactional
    public void replaceOneTimePassword(String email, String current, String next) {
        Accounts.Stored s = accounts.findByEmail(email).orElseThrow(() -> PlenaryException.invalid("account.currentPasswordWrong"));
        if (!s.account().mustChangePassword()) {
            throw PlenaryException.invalid("account.currentPasswordWrong");
        }
        changePassword(s.account().id(), current, next);
    }

    @Transactional
    public void updateProfile(AccountId id, String name, String language) {
        if (name == null || name.isBlank()) {
            throw PlenaryException.invalid("account.nameRequired");
        }
        if (!Languages.isSupported(language)) {
            throw PlenaryException.invalid("account.languageUnknown");
        }
        accounts.updateProfile(id, name.strip(), language);
    }

    /** Replaces the account's roles; its sessions end, so the next login carries exactly the new ones. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void grant(AccountId id, Set<Role> roles) {
        Account a = accounts.findById(id).orElseThrow(() -> PlenaryException.notFound("account.notFound")).account();
        Set<Role> next = roles == null ? Set.of() : Set.copyOf(roles);
        if (!next.equals(a.roles())) {
            accounts.updateRoles(id, next);
            sessions.endAll(a.email());
        }
    }

    /** Disables (or enables again) an account; disabling ends all its sessions at once. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void setEnabled(AccountId id, boolean enabled) {
        Account a = accounts.findById(id).orElseThrow(() -> PlenaryException.notFound("account.notFound")).account();
        accounts.updateEnabled(id, enabled);
        if (!enabled) {
            sessions.endAll(a.email());
        }
    }

    public Optional<Account> find(AccountId id) {
        return accounts.findById(id).map(Accounts.Stored::account);
    }

    /** The accounts of these ids in one statement (a list's page of people), unknown ids left out. */
    public Map<AccountId, Account> byIds(Collection<AccountId> ids) {
        return accounts.byIds(ids.stream().map(AccountId::value).distinct().toList()).stream()
                .collect(Collectors.toMap(Account::id, a -> a));
    }

    public Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(email).map(Accounts.Stored::account);
    }

    /**
     * The enabled account of this address whose owner has proved it (followed a mailed link or
     * chose a password), or nothing: mails naming an address someone typed go only to these.
     */
    public Optional<Account> verifiedByEmail(String email) {
        return accounts.findByEmail(email == null ? "" : email.strip())
                .filter(s -> s.passwordHash() != null && s.account().enabled()).map(Accounts.Stored::account);
    }

    /** The directory search behind "name an officer": name or e-mail address containing the text, at most 20. */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public List<Account> search(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() < 2 ? List.of() : accounts.search(t, 20);
    }

    public List<Account> all() {
        return accounts.all();
    }

    static void checkPassword(String password) {
        PasswordPolicy.check(password);
    }
}
