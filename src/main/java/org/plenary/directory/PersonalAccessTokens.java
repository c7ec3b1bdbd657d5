package org.plenary.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.plenary.shared.InputLimits;
import org.plenary.shared.PlenaryException;
import org.plenary.shared.Strings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API, as GitHub, GitLab and pretalx have them: the person creates one on
 * the account page (or with the password through the API) with a name, a scope and an expiry, sees it
 * once, and may revoke it at any time. The token is {@link #PREFIX} and 32 random bytes; only its SHA-256
 * is stored. It acts with its account's rights as they are at each request, never more: every request
 * reads the token and the account afresh, so a revoked or expired token, or a disabled account, is
 * refused at once. A token never mints another token (a stolen token could otherwise outlive its
 * revocation).
 */
@Service
class PersonalAccessTokens {

    /** Every token starts with this, so that secret scanners and people recognise it. */
    static final String PREFIX = "plenary_pat_";
    /** The expiries offered, in days; there is no token without an expiry. */
    static final Set<Integer> EXPIRIES = Set.of(7, 30, 90, 365);
    /** At most this many valid tokens per account. */
    static final int MAX_ACTIVE = 50;

    private static final int TOKEN_LENGTH = PREFIX.length() + 43;

    private final AccessTokens tokens;
    private final Clock clock;

    PersonalAccessTokens(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A token just created: {@code value} is shown once and stored nowhere. */
    record Created(AccessTokens.Line line, String value) {
    }

    /** Creates a token for the logged-in person; refused when the caller is itself a token. */
    @Transactional
    Created create(String name, TokenScope scope, Integer expiresInDays) {
        PlenaryPrincipal me = CurrentUser.require();
        if (CurrentUser.accessToken().isPresent()) {
            throw PlenaryException.forbidden("token.notByToken");
        }
        String n = Strings.blankToNull(name);
        if (n == null) {
            throw PlenaryException.invalid("token.nameRequired");
        }
        if (n.length() > InputLimits.NAME) {
            throw PlenaryException.invalid("token.nameTooLong", InputLimits.NAME);
        }
        if (scope == null) {
            throw PlenaryException.invalid("token.scopeRequired");
        }
        if (expiresInDays == null || !EXPIRIES.contains(expiresInDays)) {
            throw PlenaryException.invalid("token.expiryInvalid");
        }
        Instant now = clock.instant();
        if (tokens.activeCount(me.accountId(), now) >= MAX_ACTIVE) {
            throw PlenaryException.conflict("token.tooMany", MAX_ACTIVE);
        }
        String value = PREFIX + Tokens.random();
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(Duration.ofDays(expiresInDays));
        tokens.insert(id, me.accountId(), n, scope, Tokens.hash(value), now, expires);
        return new Created(new AccessTokens.Line(id, n, scope, now, expires, null), value);
    }

    /** The logged-in person's tokens that are not revoked. */
    List<AccessTokens.Line> mine() {
        return tokens.of(CurrentUser.require().accountId());
    }

    AccessTokens.Line mine(UUID id) {
        return tokens.find(CurrentUser.require().accountId(), id)
                .orElseThrow(() -> PlenaryException.notFound("token.notFound"));
    }

    /** Revokes one of the logged-in person's tokens; it is refused from the next request on. */
    @Transactional
    void revoke(UUID id) {
        if (!tokens.revoke(CurrentUser.require().accountId(), id, clock.instant())) {
            throw PlenaryException.notFound("token.notFound");
        }
    }

    boolean expired(AccessTokens.Line line) {
        return !line.expiresAt().isAfter(clock.instant());
    }

    /**
     * The account a presented token acts for, if the token is known, neither revoked nor expired, and its
     * account is enabled and not waiting for a one-time password to be replaced. Records the use in the
     * same statement (one round trip per request).
     */
    Optional<AccessTokenAuthentication> verify(String presented) {
        if (presented == null || presented.length() != TOKEN_LENGTH || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccessTokens.Found> found = tokens.findByHashAndRecordUse(Tokens.hash(presented), now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccessTokens.Found f = found.get();
        Account a = f.account().account();
        if (f.revokedAt() != null || !f.expiresAt().isAfter(now) || !a.enabled() || a.mustChangePassword()) {
            return Optional.empty();
        }
        return Optional.of(new AccessTokenAuthentication(AccountDetailsService.principal(a, ""), f.id(), f.scope()));
    }
}
