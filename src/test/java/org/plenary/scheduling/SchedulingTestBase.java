package org.plenary.scheduling;

import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The services the scheduling tests plan, publish and show sessions with, and {@link SchedulingFixture}'s meetings. */
@IntegrationTest
abstract class SchedulingTestBase {

    @LocalServerPort
    int port;
    @Autowired
    SchedulingFixture fixture;
    @Autowired
    SessionEditing editing;
    @Autowired
    SchedulePublishing publishing;
    @Autowired
    RoomDisplay display;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
}
