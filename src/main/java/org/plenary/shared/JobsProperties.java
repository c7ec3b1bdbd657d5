package org.plenary.shared;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plenary.jobs.*}: the persistent jobs and once-per-cluster recurring tasks (db-scheduler, {@link JobsConfig}).
 * A node that runs a job writes a heartbeat every {@code heartbeatInterval}; after {@code missedHeartbeats}
 * missed ones the other nodes take the node for dead and run its job again.
 *
 * @param pollingInterval how often a node looks for due jobs (a job started on a node runs there at once)
 * @param heartbeatInterval how often a node confirms that it still runs its jobs
 * @param missedHeartbeats how many heartbeats a node may miss before its jobs are given to another node
 * @param threads how many jobs one node runs at the same time
 * @param nodeName this node's name in the jobs table (blank: host name and process id)
 */
@Validated
@ConfigurationProperties("plenary.jobs")
record JobsProperties(@DefaultValue("PT5S") @DurationMin(millis = 100) Duration pollingInterval,
        @DefaultValue("PT10S") @DurationMin(millis = 100) Duration heartbeatInterval,
        @DefaultValue("6") @Min(4) @Max(100) int missedHeartbeats, @DefaultValue("4") @Positive @Max(64) int threads,
        @DefaultValue("") String nodeName) {
}
