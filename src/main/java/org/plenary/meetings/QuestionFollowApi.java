package org.plenary.meetings;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.plenary.directory.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's followed Questions: their sessions fill {@code mine.ics}, their new documents are mailed. */
@RestController
@RequestMapping("/api/v1/me/questions")
@Tag(name = "Following Questions", description = "The Questions the caller follows (personal calendar, new-document mails)")
class QuestionFollowApi {

    private final QuestionFollowing following;

    QuestionFollowApi(QuestionFollowing following) {
        this.following = following;
    }

    record FollowedQuestionView(int studyGroup, int question, String code) {
        static FollowedQuestionView of(QuestionFollowing.FollowedQuestion f) {
            return new FollowedQuestionView(f.studyGroup(), f.question(), f.code());
        }
    }

    @GetMapping
    @Operation(summary = "The Questions the caller follows, by study group and number")
    List<FollowedQuestionView> list() {
        return following.followedQuestions(CurrentUser.require().accountId()).stream()
                .map(FollowedQuestionView::of).toList();
    }

    @PutMapping("/{studyGroup}/{question}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Follow a Question (Q4/12 is studyGroup 12, question 4); following twice changes nothing")
    void follow(@PathVariable int studyGroup, @PathVariable int question) {
        following.follow(CurrentUser.require().accountId(), studyGroup, question);
    }

    @DeleteMapping("/{studyGroup}/{question}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop following a Question")
    void unfollow(@PathVariable int studyGroup, @PathVariable int question) {
        following.unfollow(CurrentUser.require().accountId(), studyGroup, question);
    }
}
