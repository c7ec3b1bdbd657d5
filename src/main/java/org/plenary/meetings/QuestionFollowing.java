package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.shared.PlenaryException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts follow Questions (Q4/12 …): their personal calendar shows those Questions' sessions
 * and they hear of new documents allocated to them. An account changes only its own follows.
 */
@Service
public class QuestionFollowing {

    /** A Question someone follows, by study-group and Question number. */
    public record FollowedQuestion(int studyGroup, int question) {
        public String code() {
            return "Q" + question + "/" + studyGroup;
        }
    }

    private final JdbcClient jdbc;
    private final StudyGroups studyGroups;
    private final Clock clock;

    QuestionFollowing(JdbcClient jdbc, StudyGroups studyGroups, Clock clock) {
        this.jdbc = jdbc;
        this.studyGroups = studyGroups;
        this.clock = clock;
    }

    @Transactional
    public void follow(AccountId account, int studyGroup, int question) {
        UUID sg = existingQuestion(studyGroup, question);
        jdbc.sql("insert into meetings_question_follow values (:a, :sg, :q, :now) on conflict do nothing")
                .param("a", account.value()).param("sg", sg).param("q", question)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void unfollow(AccountId account, int studyGroup, int question) {
        UUID sg = existingQuestion(studyGroup, question);
        jdbc.sql("delete from meetings_question_follow where account_id = :a and study_group_id = :sg and question = :q")
                .param("a", account.value()).param("sg", sg).param("q", question).update();
    }

    public List<FollowedQuestion> followedQuestions(AccountId account) {
        return jdbc.sql("""
                select sg.number, f.question from meetings_question_follow f
                join meetings_study_group sg on sg.id = f.study_group_id
                where f.account_id = :a order by sg.number, f.question""")
                .param("a", account.value())
                .query((rs, i) -> new FollowedQuestion(rs.getInt(1), rs.getInt(2))).list();
    }

    public List<AccountId> followers(int studyGroup, int question) {
        return jdbc.sql("""
                select f.account_id from meetings_question_follow f
                join meetings_study_group sg on sg.id = f.study_group_id
                where sg.number = :sg and f.question = :q order by f.since""")
                .param("sg", studyGroup).param("q", question)
                .query((rs, i) -> new AccountId(rs.getObject(1, UUID.class))).list();
    }

    private UUID existingQuestion(int studyGroup, int question) {
        StudyGroup sg = studyGroups.byNumber(studyGroup)
                .orElseThrow(() -> PlenaryException.notFound("studyGroup.notFound", studyGroup));
        if (sg.question(question).isEmpty()) {
            throw PlenaryException.notFound("question.notFound", question, studyGroup);
        }
        return sg.id();
    }
}
