package org.plenary.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.plenary.shared.BaseUrl;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service accounts with e-mail verification: the request is kept with its hashed password
 * and the hash of a random token; the account exists only once the link mailed to the address is
 * followed. Sign-up never touches an existing account: its owner gets a mail saying so with a
 * link to set a password (an imported person without one gets an invitation). Both paths do the
 * same work (a bcrypt hash, one mail) and give the same answer, so the page tells nothing about
 * which addresses exist. Requests are limited per address and per client.
 */
@Service
public class SignUp {

    static final Duration VALIDITY = Duration.ofHours(24);
    static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final PasswordReset reset;
    private final MailRequestLimits limits;
    private final BaseUrl baseUrl;
    private final Clock clock;

    SignUp(JdbcClient jdbc, Accounts accounts, PasswordEncoder encoder, ApplicationEventPublisher events,
            PasswordReset reset, MailRequestLimits limits, BaseUrl baseUrl, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.reset = reset;
        this.limits = limits;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** Stores the request and has the confirmation link mailed; {@code client} is the requester's address. */
    @Transactional
    public void request(String email, String name, String password, String language, String client) {
        String mail = EmailAddresses.checked(email);
        if (name == null || name.isBlank()) {
            throw PlenaryException.invalid("account.nameRequired");
        }
        if (name.strip().length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw PlenaryException.invalid("account.nameInvalid", MAX_NAME);
        }
        AccountManagement.checkPassword(password);
        limits.acquire(mail, client);
        String hash = encoder.encode(password);
        Optional<Accounts.Stored> existing = accounts.findByEmail(mail);
        if (existing.isPresent()) {
            reset.signUpForExisting(existing.get());
            return;
        }
        String token = Tokens.random();
        String lang = Languages.isSupported(language) ? language : "en";
        Instant now = clock.instant();
        jdbc.sql("""
                insert into directory_signup (token, email, name, language, password_hash, created_at, expires_at)
                values (:t, :e, :n, :l, :h, :c, :x)""")
                .param("t", Tokens.hash(token)).param("e", mail).param("n", name.strip()).param("l", lang)
                .param("h", hash).param("c", Timestamp.from(now))
                .param("x", Timestamp.from(now.plus(VALIDITY))).update();
        events.publishEvent(new SignUpRequested(mail, lang, baseUrl.of("/signup/confirm?token=" + token)));
    }

    /** Follows the link: creates the account; an address that has one meanwhile is never taken over. */
    @Transactional
    public Account confirm(String token) {
        record Pending(String email, String name, String language, String hash, Instant expires) {
        }
        String key = Tokens.hash(token);
        Pending p = jdbc.sql("select * from directory_signup where token = :t").param("t", key)
                .query((rs, i) -> new Pending(rs.getString("email"), rs.getString("name"), rs.getString("language"),
                        rs.getString("password_hash"), rs.getTimestamp("expires_at").toInstant()))
                .optional().orElseThrow(() -> PlenaryException.notFound("signup.tokenInvalid"));
        jdbc.sql("delete from directory_signup where token = :t").param("t", key).update();
        if (!clock.instant().isBefore(p.expires()) || accounts.findByEmail(p.email()).isPresent()) {
            throw PlenaryException.notFound("signup.tokenInvalid");
        }
        Account a = new Account(AccountId.random(), p.email(), p.name(), p.language(), Set.of(Role.DELEGATE), true,
                false, clock.instant());
        accounts.insert(a, p.hash());
        jdbc.sql("delete from directory_signup where lower(email) = lower(:e)").param("e", p.email()).update();
        return a;
    }
}
