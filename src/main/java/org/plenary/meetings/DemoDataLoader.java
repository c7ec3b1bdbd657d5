package org.plenary.meetings;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the SG12 demo meeting into an empty database; does nothing when it is there. */
@Component
@Order(10)
@ConditionalOnProperty(name = "plenary.demo-data", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final StudyGroups studyGroups;
    private final Meetings meetings;
    private final Clock clock;

    DemoDataLoader(StudyGroups studyGroups, Meetings meetings, Clock clock) {
        this.studyGroups = studyGroups;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        StudyGroup sg = studyGroups.byNumber(12).orElseGet(() -> {
            StudyGroup demo = DemoMeeting.studyGroup();
            studyGroups.insert(demo);
            return demo;
        });
        if (meetings.byCode(DemoMeeting.CODE).isEmpty()) {
            meetings.insert(DemoMeeting.meeting(), sg.id(), clock.instant());
            log.info("Loaded the demo meeting {} (ITU-T SG12, Geneva, 9-17 June 2026)", DemoMeeting.CODE);
        }
    }
}
