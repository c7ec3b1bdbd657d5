package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Following Questions through the API: each account changes only its own follows. */
@IntegrationTest
class QuestionFollowApiTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    QuestionFollowing following;

    @Test
    void anAccountFollowsListsAndUnfollowsItsOwnQuestions() {
        Account a = users.create("API follower", Role.DELEGATE);
        Account other = users.create("Other follower", Role.DELEGATE);
        TestHttp http = new TestHttp(port).as(a.email(), TestUsers.PASSWORD);
        assertThat(http.put("/api/v1/me/questions/12/4", "").status()).isEqualTo(204);
        assertThat(http.put("/api/v1/me/questions/12/4", "").status()).as("following twice changes nothing")
                .isEqualTo(204);
        assertThat(http.put("/api/v1/me/questions/12/9", "").status()).isEqualTo(204);
        var list = http.get("/api/v1/me/questions");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("code")).containsExactly("Q4/12", "Q9/12");
        assertThat(following.followers(12, 4)).contains(a.id()).doesNotContain(other.id());
        assertThat(following.followedQuestions(other.id())).isEmpty();

        assertThat(http.delete("/api/v1/me/questions/12/4").status()).isEqualTo(204);
        assertThat(following.followers(12, 4)).doesNotContain(a.id());
        assertThat(http.get("/api/v1/me/questions").json().findValuesAsString("code")).containsExactly("Q9/12");
    }

    @Test
    void anUnknownQuestionIsNotFoundAndAnonymousCallersAreRefused() {
        Account a = users.create("API follower", Role.DELEGATE);
        TestHttp http = new TestHttp(port).as(a.email(), TestUsers.PASSWORD);
        var missing = http.put("/api/v1/me/questions/12/99", "");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isEqualTo("There is no Question 99/12.");
        assertThat(following.followedQuestions(a.id())).isEmpty();
        assertThat(new TestHttp(port).get("/api/v1/me/questions").status()).isEqualTo(401);
        assertThat(new TestHttp(port).put("/api/v1/me/questions/12/4", "").status()).isEqualTo(401);
    }
}
