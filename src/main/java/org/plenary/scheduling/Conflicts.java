package org.plenary.scheduling;

import java.util.List;
import java.util.UUID;

import org.plenary.scheduling.solver.QuestionConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Question pairs a chair declared conflicting for a meeting. */
@Repository
class Conflicts {

    private final JdbcClient jdbc;

    Conflicts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<QuestionConflict> ofMeeting(UUID meeting) {
        return jdbc.sql("select * from scheduling_conflict where meeting_id = :m order by question_a, question_b")
                .param("m", meeting)
                .query((rs, i) -> new QuestionConflict(rs.getInt("question_a"), rs.getInt("question_b"),
                        QuestionConflict.Reason.valueOf(rs.getString("reason"))))
                .list();
    }

    void declare(UUID meeting, QuestionConflict c) {
        jdbc.sql("""
                insert into scheduling_conflict (meeting_id, question_a, question_b, reason) values (:m, :a, :b, :r)
                on conflict (meeting_id, question_a, question_b) do update set reason = excluded.reason""")
                .param("m", meeting).param("a", c.a()).param("b", c.b()).param("r", c.reason().name()).update();
    }

    void remove(UUID meeting, int a, int b) {
        jdbc.sql("delete from scheduling_conflict where meeting_id = :m and question_a = :a and question_b = :b")
                .param("m", meeting).param("a", Math.min(a, b)).param("b", Math.max(a, b)).update();
    }
}
