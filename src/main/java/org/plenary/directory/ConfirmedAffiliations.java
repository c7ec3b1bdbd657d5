package org.plenary.directory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The directory's own membership source: affiliations that the focal point or the secretariat confirmed. */
@Component
class ConfirmedAffiliations implements MembershipSource {

    private final JdbcClient jdbc;

    ConfirmedAffiliations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Standing> standings(AccountId account) {
        return jdbc.sql("""
                select o.category, o.associate_study_group from directory_membership m
                  join directory_organisation o on o.id = m.organisation_id
                 where m.account_id = :a and m.confirmed_at is not null""")
                .param("a", account.value())
                .query((rs, i) -> new Standing(MembershipCategory.valueOf(rs.getString("category")),
                        (Integer) rs.getObject("associate_study_group")))
                .list();
    }
}
