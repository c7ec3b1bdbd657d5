package org.plenary.notifications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.plenary.shared.Jobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationsConfig {

    /**
     * The outbox worker's round, once per cluster per interval (db-scheduler, one row in the jobs table). Any node
     * may still call {@link OutboxWorker#sendDue()} at once when a mail is queued: rows are locked with SKIP LOCKED,
     * so two rounds at the same time never send a mail twice.
     */
    @Bean
    RecurringTask<Void> outboxTask(OutboxWorker worker, NotificationsProperties props) {
        return Tasks.recurring("notifications-outbox", Jobs.every(props.worker().interval(), props.worker().interval()))
                .execute((instance, context) -> worker.tick());
    }
}
