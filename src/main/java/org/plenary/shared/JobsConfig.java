package org.plenary.shared;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The one job scheduler (db-scheduler, declared by hand: its Spring Boot starter is built for Boot 3). Every
 * {@link Task} bean of any module is known to it; recurring ones are registered at start, so that each has one
 * row in {@value #TABLE} and runs once per period across all nodes. It starts after the context is ready (the
 * table exists: Flyway ran) and stops before the database pool closes, letting running jobs finish.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfig {

    static final String TABLE = "shared_scheduled_tasks";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(15);

    @Bean(destroyMethod = "")
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, JobsProperties props) {
        // transaction-aware: a job scheduled inside a transaction is written in it, so it exists if and only if
        // the change that asked for it commits
        return build(new TransactionAwareDataSourceProxy(dataSource), tasks.orderedStream().toList(), props);
    }

    /** A scheduler over the jobs table with these settings (tests build a second node with it). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Scheduler build(DataSource dataSource, List<Task<?>> tasks, JobsProperties props) {
        List recurring = new ArrayList<>();
        List<Task<?>> others = new ArrayList<>();
        for (Task<?> t : tasks) {
            if (t instanceof RecurringTask<?> r) {
                recurring.add(r); // startTasks also makes them known
            } else {
                others.add(t);
            }
        }
        String name = props.nodeName().isBlank() ? defaultNodeName() : props.nodeName().strip();
        return Scheduler.create(dataSource, others).tableName(TABLE).startTasks(recurring)
                .pollingInterval(props.pollingInterval()).heartbeatInterval(props.heartbeatInterval())
                .missedHeartbeatsLimit(props.missedHeartbeats()).threads(props.threads())
                .schedulerName(new SchedulerName.Fixed(name)).enableImmediateExecution()
                // a job still running at shutdown stays claimed; another node revives it once its heartbeat is old
                .shutdownMaxWait(SHUTDOWN_WAIT).build();
    }

    /** Host name and process id: two nodes on one machine stay apart in {@code picked_by}. */
    static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (!running) {
                    scheduler.start();
                    running = true;
                }
            }

            /**
             * Not paused with its context: a db-scheduler {@code Scheduler} cannot start again once stopped
             * (its executors are shut down), and a cached test context is paused and resumed.
             */
            @Override
            public boolean isPauseable() {
                return false;
            }

            @Override
            public void stop() {
                running = false;
                scheduler.stop();
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
