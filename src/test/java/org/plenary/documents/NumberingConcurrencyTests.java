package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryApplication;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.meetings.Meeting;
import org.plenary.shared.BundledDatabase;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Numbering under load: 500 contributions submitted at once through two application instances
 * on one database get exactly the numbers 1..500, each once.
 */
@IntegrationTest
class NumberingConcurrencyTests {

    static final int SUBMISSIONS = 500;

    @LocalServerPort
    int port;
    @Autowired
    BundledDatabase postgres;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentFixtures fixtures;

    @Test
    void fiveHundredContributionsThroughTwoInstancesGetTheNumbersOneToFiveHundredOnce() throws Exception {
        int sgNumber = fixtures.freshStudyGroup(); // its counter starts at 1 whatever other tests did
        // Far enough ahead that the deadline is open on both instances' clocks.
        Meeting meeting = fixtures.meeting(sgNumber, LocalDate.of(2031, 3, 3));
        Account delegate = fixtures.delegate(meeting, fixtures.organisation(MembershipCategory.MEMBER_STATE, null));

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(PlenaryApplication.class)
                .properties("server.port=0", "spring.datasource.url=" + postgres.jdbcUrl(),
                        "spring.datasource.username=postgres", "spring.datasource.password=" + postgres.password(),
                        "plenary.demo-data=false",
                        "spring.main.banner-mode=off", "plenary.documents.cleanup-delay=PT24H")
                .run()) {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            List<String> bases = List.of("http://localhost:" + port, "http://localhost:" + secondPort);
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(24);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < SUBMISSIONS; i++) {
                    String base = bases.get(i % 2);
                    int n = i;
                    results.add(pool.submit(() -> {
                        var r = new Multipart(base, delegate.email(), TestUsers.PASSWORD)
                                .field("title", "Contribution " + n).file("c" + n + ".pdf", TestFiles.pdf())
                                .post("/api/v1/meetings/" + meeting.code() + "/contributions");
                        if (r.status() == 201) {
                            acknowledged.add(r.json().get("reference").asString());
                        }
                        return r.status();
                    }));
                }
                for (Future<Integer> f : results) {
                    assertThat(f.get()).isEqualTo(201);
                }
            } finally {
                pool.shutdownNow();
            }
            List<Integer> numbers = jdbc.sql("select number from documents_document where study_group = :sg "
                    + "and kind = 'C' order by number").param("sg", sgNumber).query(Integer.class).list();
            assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, SUBMISSIONS).boxed().toList());
            int sg = sgNumber;
            assertThat(acknowledged).hasSize(SUBMISSIONS)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, SUBMISSIONS)
                            .mapToObj(n -> "SG" + sg + "-C" + n).toList());
        }
    }
}
