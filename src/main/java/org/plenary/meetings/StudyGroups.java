package org.plenary.meetings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.plenary.shared.PublicContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StudyGroups {

    private final JdbcClient jdbc;
    private final JsonTexts texts;
    private final PublicContent publicContent;

    StudyGroups(JdbcClient jdbc, JsonTexts texts, PublicContent publicContent) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.publicContent = publicContent;
    }

    Optional<StudyGroup> byNumber(int number) {
        return jdbc.sql("select id from meetings_study_group where number = :n").param("n", number)
                .query(UUID.class).optional().map(this::load);
    }

    Optional<StudyGroup> byId(UUID id) {
        return jdbc.sql("select id from meetings_study_group where id = :id").param("id", id)
                .query(UUID.class).optional().map(this::load);
    }

    private StudyGroup load(UUID id) {
        var wps = jdbc.sql("select * from meetings_working_party where study_group_id = :id order by number")
                .param("id", id)
                .query((rs, i) -> new StudyGroup.WorkingParty(rs.getInt("number"), texts.read(rs.getString("title")),
                        rs.getString("chair")))
                .list();
        var qs = jdbc.sql("select * from meetings_question where study_group_id = :id order by number")
                .param("id", id)
                .query((rs, i) -> new StudyGroup.Question(rs.getInt("number"), texts.read(rs.getString("title")),
                        (Integer) rs.getObject("working_party")))
                .list();
        return jdbc.sql("select * from meetings_study_group where id = :id").param("id", id)
                .query((rs, i) -> new StudyGroup(id, rs.getInt("number"), texts.read(rs.getString("title")),
                        rs.getString("study_period"), wps, qs))
                .single();
    }

    void insert(StudyGroup sg) {
        jdbc.sql("insert into meetings_study_group (id, number, title, study_period) values (:id, :n, :t::jsonb, :p)")
                .param("id", sg.id()).param("n", sg.number()).param("t", texts.write(sg.title()))
                .param("p", sg.studyPeriod()).update();
        for (StudyGroup.WorkingParty wp : sg.workingParties()) {
            jdbc.sql("insert into meetings_working_party values (:sg, :n, :t::jsonb, :c)")
                    .param("sg", sg.id()).param("n", wp.number()).param("t", texts.write(wp.title()))
                    .param("c", wp.chair()).update();
        }
        for (StudyGroup.Question q : sg.questions()) {
            jdbc.sql("insert into meetings_question (study_group_id, number, title, working_party) values (:sg, :n, :t::jsonb, :wp)")
                    .param("sg", sg.id()).param("n", q.number()).param("t", texts.write(q.title()))
                    .param("wp", q.workingParty()).update();
        }
        publicContent.changed();
    }

    void saveWorkingParty(UUID studyGroup, StudyGroup.WorkingParty wp) {
        jdbc.sql("""
                insert into meetings_working_party values (:sg, :n, :t::jsonb, :c)
                on conflict (study_group_id, number) do update set title = excluded.title, chair = excluded.chair""")
                .param("sg", studyGroup).param("n", wp.number()).param("t", texts.write(wp.title()))
                .param("c", wp.chair()).update();
        publicContent.changed();
    }

    void saveQuestion(UUID studyGroup, StudyGroup.Question q) {
        jdbc.sql("""
                insert into meetings_question (study_group_id, number, title, working_party) values (:sg, :n, :t::jsonb, :wp)
                on conflict (study_group_id, number) do update set title = excluded.title,
                  working_party = excluded.working_party""")
                .param("sg", studyGroup).param("n", q.number()).param("t", texts.write(q.title()))
                .param("wp", q.workingParty()).update();
        publicContent.changed();
    }

    List<Integer> numbers() {
        return jdbc.sql("select number from meetings_study_group order by number").query(Integer.class).list();
    }
}
