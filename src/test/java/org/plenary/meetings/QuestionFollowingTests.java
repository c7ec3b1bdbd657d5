package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class QuestionFollowingTests {

    @Autowired
    QuestionFollowing following;
    @Autowired
    TestUsers users;

    @Test
    void followsAndUnfollowsQuestionsOfTheStudyGroup() {
        Account a = users.create("Follower", Role.DELEGATE);
        following.follow(a.id(), 12, 4);
        following.follow(a.id(), 12, 4);
        following.follow(a.id(), 12, 9);
        assertThat(following.followedQuestions(a.id())).extracting(QuestionFollowing.FollowedQuestion::code)
                .containsExactly("Q4/12", "Q9/12");
        assertThat(following.followers(12, 4)).contains(a.id());
        following.unfollow(a.id(), 12, 4);
        assertThat(following.followers(12, 4)).doesNotContain(a.id());
    }

    @Test
    void refusesAQuestionTheStudyGroupDoesNotHave() {
        Account a = users.create("Follower", Role.DELEGATE);
        assertThatThrownBy(() -> following.follow(a.id(), 12, 99)).isInstanceOf(PlenaryException.class)
                .hasMessage("question.notFound");
        assertThat(following.followedQuestions(a.id())).isEmpty();
    }
}
