package org.plenary.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The officer roles held at meetings (table {@code meetings_meeting_officer}). */
@Repository
class MeetingOfficers {

    private final JdbcClient jdbc;

    MeetingOfficers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MeetingOfficer> of(MeetingId meeting) {
        return jdbc.sql("""
                select account_id, role, working_party, question from meetings_meeting_officer where meeting_id = :m
                order by case role when 'CHAIR' then 0 when 'VICE_CHAIR' then 1 when 'WP_CHAIR' then 2 else 3 end,
                         working_party, question""")
                .param("m", meeting.value())
                .query((rs, i) -> new MeetingOfficer(rs.getObject("account_id", UUID.class),
                        OfficerRole.valueOf(rs.getString("role")), (Integer) rs.getObject("working_party"),
                        (Integer) rs.getObject("question")))
                .list();
    }

    /** Adds the role; false when the person holds it already. */
    boolean add(MeetingId meeting, MeetingOfficer o) {
        return jdbc.sql("""
                insert into meetings_meeting_officer (meeting_id, account_id, role, working_party, question)
                values (:m, :a, :r, :w, :q) on conflict do nothing""")
                .param("m", meeting.value()).param("a", o.account()).param("r", o.role().name())
                .param("w", o.workingParty()).param("q", o.question()).update() == 1;
    }

    /** Removes one role, or every role of the person when {@code role} is null; the number of rows removed. */
    int remove(MeetingId meeting, UUID account, OfficerRole role, Integer workingParty, Integer question) {
        if (role == null) {
            return jdbc.sql("delete from meetings_meeting_officer where meeting_id = :m and account_id = :a")
                    .param("m", meeting.value()).param("a", account).update();
        }
        return jdbc.sql("""
                delete from meetings_meeting_officer where meeting_id = :m and account_id = :a and role = :r
                and coalesce(working_party, 0) = :w and coalesce(question, 0) = :q""")
                .param("m", meeting.value()).param("a", account).param("r", role.name())
                .param("w", workingParty == null ? 0 : workingParty).param("q", question == null ? 0 : question)
                .update();
    }

    /** One person named rapporteur of a Question at one meeting. */
    record Named(int question, UUID account, String meeting) {
    }

    /** The rapporteurs named at the study group's meetings that end on or after {@code from}, by Question and meeting. */
    List<Named> rapporteurs(int studyGroup, LocalDate from) {
        return jdbc.sql("""
                select o.question, o.account_id, m.code from meetings_meeting_officer o
                join meetings_meeting m on m.id = o.meeting_id join meetings_study_group g on g.id = m.study_group_id
                where g.number = :sg and o.role = 'RAPPORTEUR' and m.last_day >= :from
                order by o.question, m.first_day, m.code""")
                .param("sg", studyGroup).param("from", from)
                .query((rs, i) -> new Named(rs.getInt("question"), rs.getObject("account_id", UUID.class),
                        rs.getString("code")))
                .list();
    }

    /** The codes of the meetings where the account holds a role, most recent first. */
    List<String> meetingsOf(UUID account) {
        return jdbc.sql("""
                select distinct m.code, m.first_day from meetings_meeting_officer o join meetings_meeting m on m.id = o.meeting_id
                where o.account_id = :a order by m.first_day desc, m.code""")
                .param("a", account).query((rs, i) -> rs.getString("code")).list();
    }
}
