package org.plenary.scheduling;

import ai.timefold.solver.core.api.solver.SolverFactory;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.plenary.scheduling.solver.Planner;
import org.plenary.scheduling.solver.Schedule;
import org.plenary.shared.PublicEndpoints;
import org.plenary.shared.PublicReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The solver, declared by hand (Timefold's Spring Boot starter is built for Boot 3), and the
 * module's public paths: room displays, their JSON, the published time plan and calendar feeds.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfig {

    @Bean
    SolverFactory<Schedule> scheduleSolverFactory() {
        return SolverFactory.create(Planner.config());
    }

    @Bean
    Planner planner(SolverFactory<Schedule> scheduleSolverFactory) {
        return new Planner(scheduleSolverFactory);
    }

    /** A solver run as a persistent job; revived on another node when the claiming node's heartbeats stop. */
    @Bean
    OneTimeTask<Void> solveTask(SolverJob job) {
        return Tasks.oneTime(SolverJob.TASK).onDeadExecutionRevive().execute(job::execute);
    }

    @Bean
    PublicEndpoints schedulingPublicEndpoints() {
        return PublicEndpoints.get("/display/*", "/display/*/board", "/scheduling/**", "/api/v1/display/*", "/api/v1/meetings/*/sessions",
                "/meetings/*/sessions", "/meetings/*/calendar.ics", "/meetings/*/calendar/**");
    }

    /** Published plans and room boards: the same for every anonymous reader, kept rendered. */
    @Bean
    PublicReads schedulingPublicReads() {
        return PublicReads.of("/meetings/{meeting}/sessions", "/api/v1/meetings/{meeting}/sessions", "/display/*",
                "/display/*/board", "/api/v1/display/*");
    }
}
