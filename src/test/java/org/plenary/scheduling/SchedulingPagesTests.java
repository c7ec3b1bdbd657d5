package org.plenary.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The secretariat's page through the real filter chain (MockMvc on the shared context, no second context). */
@IntegrationTest
class SchedulingPagesTests extends SchedulingTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoomManagement roomManagement;
    @Autowired
    UserDetailsService details;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    RequestPostProcessor as(Account a) {
        return user(details.loadUserByUsername(a.email()));
    }

    MockHttpServletRequestBuilder form(String path, Account a) {
        return post(path).with(as(a)).with(csrf());
    }

    @Test
    void aQuestionAsksForSeveralHalfDaysThenTheSolverPlacesThem() throws Exception {
        var f = fixture.meeting();
        String base = "/meetings/" + f.code() + "/scheduling";
        mvc.perform(form(base + "/sessions", f.secretariat()).param("kind", "QUESTION").param("questions", "Q4/12")
                .param("count", "3").param("attendance", "20").param("preferredDays", "2027-03-02")
                .param("preferredHalf", "MORNING")).andExpect(status().is3xxRedirection());
        assertThat(editing.drafts(f.code())).hasSize(3).noneMatch(Session::placed)
                .allMatch(s -> s.preferredDays().contains(LocalDate.of(2027, 3, 2)));
        String page = mvc.perform(get(base).with(as(f.secretariat()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("3 requests not placed yet").contains("not feasible");
        mvc.perform(form(base + "/solve", f.secretariat())).andExpect(status().is3xxRedirection());
        // the solver runs as a background job: its plan arrives in the draft when the run finishes
        await().atMost(Duration.ofSeconds(60)).until(() -> editing.drafts(f.code()).stream().allMatch(Session::placed));
        assertThat(editing.drafts(f.code())).hasSize(3).allMatch(Session::placed);
    }

    @Test
    void badFormsAreRefusedWithAReadableMessageAndNothingIsSaved() throws Exception {
        var f = fixture.meeting();
        String base = "/meetings/" + f.code() + "/scheduling";
        String body = mvc.perform(form(base + "/sessions", f.secretariat()).param("kind", "QUESTION")
                        .param("questions", "4").param("day", "2027-03-01").param("start", "12:00").param("end", "10:00")
                        .param("roomId", f.big().id().toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("before it starts");
        mvc.perform(form(base + "/rooms", f.secretariat()).param("name", "Negative").param("capacity", "-5"))
                .andExpect(status().isBadRequest());
        mvc.perform(form(base + "/sessions", f.secretariat()).param("kind", "QUESTION").param("questions", "77"))
                .andExpect(status().isBadRequest());
        assertThat(editing.drafts(f.code())).isEmpty();
        assertThat(roomManagement.roomsOfVenue(f.venue())).hasSize(2);
    }

    @Test
    void delegatesCannotOpenOrChangeTheSchedulingPage() throws Exception {
        var f = fixture.meeting();
        var delegate = users.create("Curious delegate", Role.DELEGATE);
        String base = "/meetings/" + f.code() + "/scheduling";
        mvc.perform(get(base).with(as(delegate))).andExpect(status().isForbidden());
        mvc.perform(form(base + "/sessions", delegate).param("kind", "QUESTION").param("questions", "4"))
                .andExpect(status().isForbidden());
        mvc.perform(form(base + "/publish", delegate)).andExpect(status().isForbidden());
        assertThat(editing.drafts(f.code())).isEmpty();
        assertThat(publishing.versions(f.code())).isEmpty();
    }
}
