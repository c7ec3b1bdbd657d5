package org.plenary.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(Account account, String passwordHash) {
    }

    void insert(Account a, String passwordHash) {
        jdbc.sql("""
                insert into directory_account (id, email, name, preferred_language, password_hash, roles, enabled,
                  must_change_password, created_at)
                values (:id, :email, :name, :lang, :hash, :roles::text[], :enabled, :mustChange, :createdAt)
                """)
                .param("id", a.id().value()).param("email", a.email()).param("name", a.name())
                .param("lang", a.preferredLanguage()).param("hash", passwordHash)
                .param("roles", rolesLiteral(a.roles())).param("enabled", a.enabled())
                .param("mustChange", a.mustChangePassword())
                .param("createdAt", Timestamp.from(a.createdAt()))
                .update();
    }

    Optional<Stored> findByEmail(String email) {
        return jdbc.sql("select * from directory_account where lower(email) = lower(:email)")
                .param("email", email).query(Accounts::map).optional();
    }

    Optional<Stored> findById(AccountId id) {
        return jdbc.sql("select * from directory_account where id = :id")
                .param("id", id.value()).query(Accounts::map).optional();
    }

    /** The organisation's focal points' accounts, in one query. */
    List<Account> focalPointsOf(OrganisationId org) {
        return jdbc.sql("""
                select a.* from directory_account a join directory_focal_point f on f.account_id = a.id
                where f.organisation_id = :o order by a.email""")
                .param("o", org.value()).query(Accounts::map).list().stream().map(Stored::account).toList();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("select exists(select 1 from directory_account where :role = any(roles))")
                .param("role", role.name()).query(Boolean.class).single();
    }

    void updatePassword(AccountId id, String hash, boolean mustChange) {
        jdbc.sql("update directory_account set password_hash = :hash, must_change_password = :mc where id = :id")
                .param("hash", hash).param("mc", mustChange).param("id", id.value()).update();
    }

    void updateProfile(AccountId id, String name, String language) {
        jdbc.sql("update directory_account set name = :name, preferred_language = :lang where id = :id")
                .param("name", name).param("lang", language).param("id", id.value()).update();
    }

    void updateRoles(AccountId id, Set<Role> roles) {
        jdbc.sql("update directory_account set roles = :roles::text[] where id = :id")
                .param("roles", rolesLiteral(roles)).param("id", id.value()).update();
    }

    void updateEnabled(AccountId id, boolean enabled) {
        jdbc.sql("update directory_account set enabled = :enabled where id = :id")
                .param("enabled", enabled).param("id", id.value()).update();
    }

    List<Account> all() {
        return jdbc.sql("select * from directory_account order by lower(name)").query(Accounts::map)
                .list().stream().map(Stored::account).toList();
    }

    List<Account> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("select * from directory_account where id in (:ids)")
                .param("ids", ids).query(Accounts::map).list().stream().map(Stored::account).toList();
    }

    /** Up to {@code limit} accounts whose name or address contains the text (case-insensitive), by name. */
    List<Account> search(String text, int limit) {
        String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("""
                select * from directory_account where lower(name) like :q escape '\\' or lower(email) like :q escape '\\'
                order by lower(name), email limit :n""").param("q", like).param("n", limit).query(Accounts::map)
                .list().stream().map(Stored::account).toList();
    }

    private static String rolesLiteral(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    static Stored map(ResultSet rs, int row) throws SQLException {
        Array arr = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (arr != null) {
            Arrays.stream((String[]) arr.getArray()).map(Role::valueOf).forEach(roles::add);
        }
        Account a = new Account(new AccountId(rs.getObject("id", UUID.class)), rs.getString("email"),
                rs.getString("name"), rs.getString("preferred_language"), Set.copyOf(roles),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                rs.getTimestamp("created_at").toInstant());
        return new Stored(a, rs.getString("password_hash"));
    }
}
