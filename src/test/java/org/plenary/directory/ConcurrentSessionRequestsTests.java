package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.plenary.support.FormBrowser;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One person's browser sends several requests at once (htmx, several tabs): the session kept in
 * PostgreSQL must serve them all. Right after a login each page creates the session's CSRF token,
 * so parallel first pages used to insert the same attribute twice and answer 500.
 */
@IntegrationTest
class ConcurrentSessionRequestsTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    @Test
    void parallelFirstPagesAfterALoginAllAnswer() throws Exception {
        Account a = users.create("Parallel Pages", Role.DELEGATE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                FormBrowser browser = new FormBrowser(port);
                assertThat(browser.login(a.email(), TestUsers.PASSWORD)).isTrue();
                List<Callable<Integer>> pages = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String page = i % 2 == 0 ? "/account" : "/my-meetings";
                    pages.add(() -> browser.get(page).statusCode());
                }
                for (Future<Integer> f : pool.invokeAll(pages)) {
                    statuses.add(f.get());
                }
            }
            assertThat(statuses).as("every page of every round").hasSize(48).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
    }
}
