package org.plenary.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Organisation o, Instant at) {
        jdbc.sql("""
                insert into directory_organisation (id, name, country_code, category, associate_study_group,
                  automatic_approval, created_at)
                values (:id, :name, :country, :category, :sg, :auto, :at)""")
                .param("id", o.id().value()).param("name", o.name()).param("country", o.countryCode())
                .param("category", o.category().name()).param("sg", o.associateStudyGroup())
                .param("auto", o.automaticApproval()).param("at", Timestamp.from(at)).update();
    }

    void update(Organisation o) {
        jdbc.sql("""
                update directory_organisation set name = :name, country_code = :country, category = :category,
                  associate_study_group = :sg, automatic_approval = :auto where id = :id""")
                .param("id", o.id().value()).param("name", o.name()).param("country", o.countryCode())
                .param("category", o.category().name()).param("sg", o.associateStudyGroup())
                .param("auto", o.automaticApproval()).update();
    }

    Optional<Organisation> byId(OrganisationId id) {
        return jdbc.sql("select * from directory_organisation where id = :id").param("id", id.value())
                .query(Organisations::map).optional();
    }

    List<Organisation> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("select * from directory_organisation where id in (:ids)")
                .param("ids", ids).query(Organisations::map).list();
    }

    Optional<Organisation> byName(String name) {
        return jdbc.sql("select * from directory_organisation where lower(name) = lower(:n)").param("n", name.strip())
                .query(Organisations::map).optional();
    }

    List<Organisation> all() {
        return jdbc.sql("select * from directory_organisation order by lower(name)").query(Organisations::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from directory_organisation").query(Long.class).single();
    }

    void addFocalPoint(OrganisationId org, AccountId account) {
        jdbc.sql("insert into directory_focal_point (organisation_id, account_id) values (:o, :a) on conflict do nothing")
                .param("o", org.value()).param("a", account.value()).update();
    }

    /**
     * Records the membership (unless it exists) and, in the same statement, reads the person and whether
     * they are the organisation's focal point and already a confirmed member: the select sees the state
     * before the insert, which changes neither (a claimed membership is unconfirmed).
     */
    AffiliationClaim claimMember(OrganisationId org, AccountId account) {
        return jdbc.sql("""
                with claimed as (insert into directory_membership (organisation_id, account_id) values (:o, :a)
                  on conflict do nothing)
                select a.*,
                  exists(select 1 from directory_focal_point where organisation_id = :o and account_id = :a)
                    as claim_focal_point,
                  exists(select 1 from directory_membership where organisation_id = :o and account_id = :a
                    and confirmed_at is not null) as claim_confirmed
                from directory_account a where a.id = :a""")
                .param("o", org.value()).param("a", account.value())
                .query((rs, n) -> new AffiliationClaim(Accounts.map(rs, n).account(),
                        rs.getBoolean("claim_focal_point"), rs.getBoolean("claim_confirmed")))
                .single();
    }

    /** Confirms the affiliation (recording it first if needed); an earlier confirmation stays as it was. */
    void confirmMember(OrganisationId org, AccountId account, AccountId by, Instant at) {
        jdbc.sql("""
                insert into directory_membership (organisation_id, account_id, confirmed_at, confirmed_by)
                values (:o, :a, :at, :by)
                on conflict (organisation_id, account_id) do update set confirmed_at = excluded.confirmed_at,
                  confirmed_by = excluded.confirmed_by where directory_membership.confirmed_at is null""")
                .param("o", org.value()).param("a", account.value()).param("at", Timestamp.from(at))
                .param("by", by == null ? null : by.value()).update();
    }

    boolean isConfirmedMember(OrganisationId org, AccountId account) {
        return jdbc.sql("""
                select exists(select 1 from directory_membership where organisation_id = :o and account_id = :a
                  and confirmed_at is not null)""")
                .param("o", org.value()).param("a", account.value()).query(Boolean.class).single();
    }

    /** Which of these people have a confirmed affiliation with which organisations, in one statement. */
    Map<AccountId, Set<OrganisationId>> confirmedMemberships(Collection<UUID> accounts) {
        Map<AccountId, Set<OrganisationId>> out = new HashMap<>();
        if (!accounts.isEmpty()) {
            jdbc.sql("""
                    select account_id, organisation_id from directory_membership
                    where account_id in (:a) and confirmed_at is not null""").param("a", accounts)
                    .query((ResultSet rs) -> {
                        out.computeIfAbsent(new AccountId(rs.getObject(1, UUID.class)), k -> new HashSet<>())
                                .add(new OrganisationId(rs.getObject(2, UUID.class)));
                    });
        }
        return out;
    }

    List<OrganisationId> ofFocalPoint(AccountId account) {
        return jdbc.sql("select organisation_id from directory_focal_point where account_id = :a")
                .param("a", account.value()).query(UUID.class).list().stream().map(OrganisationId::new).toList();
    }

    List<AccountId> focalPoints(OrganisationId org) {
        return jdbc.sql("select account_id from directory_focal_point where organisation_id = :o")
                .param("o", org.value()).query(UUID.class).list().stream().map(AccountId::new).toList();
    }

    List<OrganisationId> ofMember(AccountId account) {
        return jdbc.sql("select organisation_id from directory_membership where account_id = :a")
                .param("a", account.value()).query(UUID.class).list().stream().map(OrganisationId::new).toList();
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("country_code"), MembershipCategory.valueOf(rs.getString("category")),
                (Integer) rs.getObject("associate_study_group"), rs.getBoolean("automatic_approval"));
    }
}
