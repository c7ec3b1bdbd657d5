package org.plenary.documents;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.plenary.shared.Jobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The documents module's background jobs (db-scheduler), apart from where the bytes are stored. */
@Configuration(proxyBeanMethods = false)
class DocumentJobs {

    /** The orphan cleanup: first after ten minutes, then every {@code cleanup-delay}, by one node of the cluster. */
    @Bean
    RecurringTask<Void> orphanCleanupTask(OrphanCleanup cleanup, DocumentsProperties props) {
        return Tasks.recurring("documents-orphan-cleanup", Jobs.every(props.cleanupDelay(), Duration.ofMinutes(10)))
                .execute((instance, context) -> cleanup.scheduled());
    }
}
