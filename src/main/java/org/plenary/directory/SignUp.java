package org.plenary.directory;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service accounts with e-mail verification: the request is kept with its hashed password
 * and a random token; the account exists only once the link mailed to the address is followed.
 * An address that already has a usable account gets no new account (and the answer does not tell).
 * An imported person without a password sets theirs this way.
 */
@Service
public class SignUp {

    static final Duration VALIDITY = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignUp(JdbcClient jdbc, Accounts accounts, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the request and has the confirmation link mailed; {@code linkBase} is the confirmation URL without the token. */
    @Transactional
    public void request(String email, String name, String password, String language, String linkBase) {
        String mail = email == null ? "" : email.strip();
        if (!mail.matches("^[^@\\s]+@[^@\\s]+$")) {
            throw PlenaryException.invalid("account.emailInvalid");
        }
        if (name == null || name.isBlank()) {
            throw PlenaryException.invalid("account.nameRequired");
        }
        AccountManagement.checkPassword(password);
        Optional<Accounts.Stored> existing = accounts.findByEmail(mail);
        if (existing.isPresent() && existing.get().passwordHash() != null) {
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String lang = Languages.isSupported(language) ? language : "en";
        Instant now = clock.instant();
        jdbc.sql("""
                insert into directory_signup (token, email, name, language, password_hash, created_at, expires_at)
                values (:t, :e, :n, :l, :h, :c, :x)""")
                .param("t", token).param("e", mail).param("n", name.strip()).param("l", lang)
                .param("h", encoder.encode(password)).param("c", Timestamp.from(now))
                .param("x", Timestamp.from(now.plus(VALIDITY))).update();
        events.publishEvent(new SignUpRequested(mail, name.strip(), lang, linkBase + "?token=" + token));
    }

    /** Follows the link: creates the account (or sets the imported person's password) and returns it. */
    @Transactional
    public Account confirm(String token) {
        record Pending(String email, String name, String language, String hash, Instant expires) {
        }
        Pending p = jdbc.sql("select * from directory_signup where token = :t").param("t", token == null ? "" : token)
                .query((rs, i) -> new Pending(rs.getString("email"), rs.getString("name"), rs.getString("language"),
                        rs.getString("password_hash"), rs.getTimestamp("expires_at").toInstant()))
                .optional().orElseThrow(() -> PlenaryException.notFound("signup.tokenInvalid"));
        jdbc.sql("delete from directory_signup where token = :t").param("t", token).update();
        if (!clock.instant().isBefore(p.expires())) {
            throw PlenaryException.notFound("signup.tokenInvalid");
        }
        Optional<Accounts.Stored> existing = accounts.findByEmail(p.email());
        if (existing.isPresent()) {
            if (existing.get().passwordHash() != null) {
                throw PlenaryException.notFound("signup.tokenInvalid");
            }
            accounts.updatePassword(existing.get().account().id(), p.hash(), false);
            return existing.get().account();
        }
        Account a = new Account(AccountId.random(), p.email(), p.name(), p.language(), Set.of(Role.DELEGATE), true,
                false, clock.instant());
        accounts.insert(a, p.hash());
        jdbc.sql("delete from directory_signup where lower(email) = lower(:e)").param("e", p.email()).update();
        return a;
    }
}
