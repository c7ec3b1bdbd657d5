package org.plenary.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which provider identities (issuer and subject) sign in to which account, and what their claims said last. */
@Repository
class IdentityLinks {

    record Link(String issuer, String subject, String provider, AccountId account, String email,
            MembershipCategory memberCategory, boolean grantsSecretariat, Instant linkedAt, Instant lastSignInAt) {
    }

    private final JdbcClient jdbc;

    IdentityLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Link> find(String issuer, String subject) {
        return jdbc.sql("select * from directory_identity_link where issuer = :i and subject = :s")
                .param("i", issuer).param("s", subject).query(IdentityLinks::map).optional();
    }

    List<Link> of(AccountId account) {
        return jdbc.sql("select * from directory_identity_link where account_id = :a order by linked_at, provider")
                .param("a", account.value()).query(IdentityLinks::map).list();
    }

    void insert(String issuer, String subject, String provider, AccountId account, String email, Instant now) {
        jdbc.sql("""
                insert into directory_identity_link (issuer, subject, provider, account_id, email, linked_at, last_sign_in_at)
                values (:i, :s, :p, :a, :e, :now, :now)""")
                .param("i", issuer).param("s", subject).param("p", provider).param("a", account.value())
                .param("e", email).param("now", Timestamp.from(now)).update();
    }

    void signedIn(String issuer, String subject, MembershipCategory category, boolean grantsSecretariat, Instant now) {
        jdbc.sql("""
                update directory_identity_link set member_category = :c, grants_secretariat = :g, last_sign_in_at = :now
                 where issuer = :i and subject = :s""")
                .param("c", category == null ? null : category.name()).param("g", grantsSecretariat)
                .param("now", Timestamp.from(now)).param("i", issuer).param("s", subject).update();
    }

    private static Link map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String category = rs.getString("member_category");
        return new Link(rs.getString("issuer"), rs.getString("subject"), rs.getString("provider"),
                new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("email"),
                category == null ? null : MembershipCategory.valueOf(category), rs.getBoolean("grants_secretariat"),
                rs.getTimestamp("linked_at").toInstant(), rs.getTimestamp("last_sign_in_at").toInstant());
    }
}
