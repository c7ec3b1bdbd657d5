package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recurring tasks run once per cluster per period: one row each in the jobs table, claimed by one node at a time. */
@IntegrationTest
class JobsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void eachRecurringTaskOfTheApplicationHasOneRow() {
        for (String task : List.of("notifications-outbox", "documents-orphan-cleanup")) {
            assertThat(jdbc.sql("select count(*) from shared_scheduled_tasks where task_name = :t").param("t", task)
                    .query(Integer.class).single()).as(task).isEqualTo(1);
        }
    }

    /** Two nodes with the application's scheduler settings, one recurring task: each period runs it once. */
    @Test
    void aRecurringTaskRunsOncePerPeriodAcrossTwoNodes() {
        String name = "test-tick-" + UUID.randomUUID();
        Duration period = Duration.ofSeconds(2);
        record Run(String node, Instant start, Instant end) {
        }
        List<Run> executions = new CopyOnWriteArrayList<>();
        List<Scheduler> nodes = new ArrayList<>();
        try {
            for (String node : List.of("test-node-a", "test-node-b")) {
                RecurringTask<Void> tick = Tasks.recurring(name, Jobs.every(period, Duration.ZERO))
                        .execute((instance, context) -> {
                            Instant start = Instant.now();
                            try {
                                Thread.sleep(300); // a round takes a while: a second node would overlap it
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            executions.add(new Run(node, start, Instant.now()));
                        });
                Scheduler s = JobsConfig.build(dataSource, List.<Task<?>>of(tick),
                        new JobsProperties(Duration.ofMillis(200), Duration.ofSeconds(1), 4, 2, node));
                s.start();
                nodes.add(s);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> executions.size() >= 4);
        } finally {
            nodes.forEach(Scheduler::stop);
        }
        assertThat(jdbc.sql("select count(*) from shared_scheduled_tasks where task_name = :t").param("t", name)
                .query(Integer.class).single()).isEqualTo(1);
        List<Run> runs = executions.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
        for (int i = 1; i < runs.size(); i++) {
            // the next round starts a period after the previous one ended, on whichever node claims it
            assertThat(Duration.between(runs.get(i - 1).end(), runs.get(i).start()))
                    .as("round %d after round %d", i, i - 1).isGreaterThanOrEqualTo(period.minusMillis(100));
        }
        jdbc.sql("delete from shared_scheduled_tasks where task_name = :t").param("t", name).update();
    }
}
