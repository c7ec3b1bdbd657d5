package org.plenary.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.plenary.shared.BaseUrl;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password through a mailed single-use link: "forgot password", the invitation of an
 * imported person, and the mail the secretariat sends to a person. The link is only ever mailed to
 * the account's own address and built from the configured base URL; only the token's hash is
 * stored; using it (or asking for a new one) voids the others.
 */
@Service
public class PasswordReset {

    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final MailRequestLimits limits;
    private final BaseUrl baseUrl;
    private final Clock clock;
    private final AccountSessions sessions;

    PasswordReset(JdbcClient jdbc, Accounts accounts, PasswordEncoder encoder, ApplicationEventPublisher events,
            MailRequestLimits limits, BaseUrl baseUrl, Clock clock, AccountSessions sessions) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.limits = limits;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /**
     * "Forgot password": mails a link if the address has an enabled account (an invitation if it
     * has no password yet), nothing otherwise; the caller's answer is the same either way.
     */
    @Transactional
    public void requestByEmail(String email, String client) {
        String mail = EmailAddresses.checked(email);
        limits.acquire(mail, client);
        accounts.findByEmail(mail).filter(s -> s.account().enabled())
                .ifPresent(s -> issue(s, s.passwordHash() == null ? PasswordLinkIssued.Reason.INVITATION
                        : PasswordLinkIssued.Reason.RESET));
    }

    /** The secretariat sends a person a link: an invitation without a password yet, a reset otherwise. */
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Transactional
    public PasswordLinkIssued.Reason sendLink(AccountId id) {
        Accounts.Stored s = accounts.findById(id).orElseThrow(() -> PlenaryException.notFound("account.notFound"));
        if (!s.account().enabled()) {
            throw PlenaryException.conflict("account.disabled");
        }
        PasswordLinkIssued.Reason reason = s.passwordHash() == null ? PasswordLinkIssued.Reason.INVITATION
                : PasswordLinkIssued.Reason.RESET;
        issue(s, reason);
        return reason;
    }

    /** Sign-up with an address that has an account: tell its owner, with a link to set a password. */
    void signUpForExisting(Accounts.Stored s) {
        if (s.account().enabled()) {
            issue(s, s.passwordHash() == null ? PasswordLinkIssued.Reason.INVITATION
                    : PasswordLinkIssued.Reason.SIGN_UP_EXISTING);
        }
    }

    /** Whether a link is still good (for the page that asks for the new password). */
    public boolean isValid(String token) {
        return find(token).isPresent();
    }

    /** Sets the new password and voids the link (and every other link of the account). */
    @Transactional
    public void reset(String token, String password) {
        UUID accountId = find(token).orElseThrow(() -> PlenaryException.notFound("password.tokenInvalid"));
        AccountManagement.checkPassword(password);
        int used = jdbc.sql("delete from directory_password_token where token_hash = :h and expires_at > :now")
                .param("h", Tokens.hash(token)).param("now", Timestamp.from(clock.instant())).update();
        if (used != 1) {
            throw PlenaryException.notFound("password.tokenInvalid");
        }
        jdbc.sql("delete from directory_password_token where account_id = :a").param("a", accountId).update();
        AccountId id = new AccountId(accountId);
        accounts.updatePassword(id, encoder.encode(password), false);
        // a reset is how people recover from a leaked password: whoever held a session with it is out
        accounts.findById(id).ifPresent(s -> sessions.endAll(s.account().email()));
    }

    private Optional<UUID> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select t.account_id from directory_password_token t join directory_account a on a.id = t.account_id
                where t.token_hash = :h and t.expires_at > :now and a.enabled""")
                .param("h", Tokens.hash(token)).param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).optional();
    }

    private void issue(Accounts.Stored s, PasswordLinkIssued.Reason reason) {
        Account a = s.account();
        String token = Tokens.random();
        Instant now = clock.instant();
        boolean invitation = reason == PasswordLinkIssued.Reason.INVITATION;
        Instant expires = now.plus(invitation ? INVITATION_VALIDITY : RESET_VALIDITY);
        jdbc.sql("delete from directory_password_token where account_id = :a").param("a", a.id().value()).update();
        jdbc.sql("""
                insert into directory_password_token (token_hash, account_id, purpose, created_at, expires_at)
                values (:h, :a, :p, :c, :x)""")
                .param("h", Tokens.hash(token)).param("a", a.id().value()).param("p", invitation ? "INVITATION" : "RESET")
                .param("c", Timestamp.from(now)).param("x", Timestamp.from(expires)).update();
        events.publishEvent(new PasswordLinkIssued(a.email(), a.name(), a.preferredLanguage(),
                baseUrl.of("/password/reset?token=" + token), reason, expires));
    }
}
