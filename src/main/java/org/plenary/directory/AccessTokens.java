package org.plenary.directory;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code directory_access_token}; only the token's SHA-256 is stored. */
@Repository
class AccessTokens {

    /** last_used_at is written at most this often per token, so that a busy script does not write on every request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    AccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token as its owner sees it (never its value). */
    record Line(UUID id, String name, TokenScope scope, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
    }

    /** A token found by its hash, with its account as stored now. */
    record Found(UUID id, TokenScope scope, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
            Accounts.Stored account) {
    }

    void insert(UUID id, AccountId owner, String name, TokenScope scope, String hash, Instant createdAt,
            Instant expiresAt) {
        jdbc.sql("""
                insert into directory_access_token (id, account_id, name, scope, token_hash, created_at, expires_at)
                values (:id, :owner, :name, :scope, :hash, :created, :expires)
                """)
                .param("id", id).param("owner", owner.value()).param("name", name).param("scope", scope.name())
                .param("hash", hash).param("created", Timestamp.from(createdAt))
                .param("expires", Timestamp.from(expiresAt)).update();
    }

    /** The owner's tokens that are not revoked, newest first (expired ones included, so the page can say so). */
    List<Line> of(AccountId owner) {
        return jdbc.sql("""
                select id, name, scope, created_at, expires_at, last_used_at from directory_access_token
                where account_id = :owner and revoked_at is null order by created_at desc, name
                """)
                .param("owner", owner.value())
                .query((rs, n) -> new Line(rs.getObject("id", UUID.class), rs.getString("name"),
                        TokenScope.valueOf(rs.getString("scope")), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("last_used_at"))))
                .list();
    }

    int activeCount(AccountId owner, Instant now) {
        return jdbc.sql("""
                select count(*) from directory_access_token
                where account_id = :owner and revoked_at is null and expires_at > :now
                """)
                .param("owner", owner.value()).param("now", Timestamp.from(now)).query(Integer.class).single();
    }

    /**
     * One statement: the token and its account (roles, enabled) as they are now, nothing cached, and the
     * use recorded in the same round trip when the token is valid, its account may act, and the last
     * recorded use is at least {@link #LAST_USED_PRECISION} old. The row returned is the state before
     * the use was recorded; the caller refuses a revoked or expired token on it.
     */
    Optional<Found> findByHashAndRecordUse(String hash, Instant now) {
        return jdbc.sql("""
                with t as (
                  select a.*, t.id as token_id, t.scope as token_scope, t.expires_at as token_expires_at,
                    t.revoked_at as token_revoked_at, t.last_used_at as token_last_used_at
                  from directory_access_token t join directory_account a on a.id = t.account_id
                  where t.token_hash = :hash),
                used as (
                  update directory_access_token u set last_used_at = :now from t
                  where u.id = t.token_id and t.token_revoked_at is null and t.token_expires_at > :now
                    and t.enabled and not t.must_change_password
                    and (u.last_used_at is null or u.last_used_at < :since))
                select * from t
                """)
                .param("hash", hash).param("now", Timestamp.from(now))
                .param("since", Timestamp.from(now.minus(LAST_USED_PRECISION)))
                .query((rs, n) -> new Found(rs.getObject("token_id", UUID.class),
                        TokenScope.valueOf(rs.getString("token_scope")),
                        rs.getTimestamp("token_expires_at").toInstant(), instant(rs.getTimestamp("token_revoked_at")),
                        instant(rs.getTimestamp("token_last_used_at")), Accounts.map(rs, n)))
                .optional();
    }

    /** Revokes the owner's token; false when the owner has no such token still valid. */
    boolean revoke(AccountId owner, UUID id, Instant now) {
        return jdbc.sql("""
                update directory_access_token set revoked_at = :now
                where id = :id and account_id = :owner and revoked_at is null
                """)
                .param("now", Timestamp.from(now)).param("id", id).param("owner", owner.value()).update() == 1;
    }

    Optional<Line> find(AccountId owner, UUID id) {
        return of(owner).stream().filter(l -> l.id().equals(id)).findFirst();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
