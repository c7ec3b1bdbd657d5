package org.plenary.remote;

import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The services the remote tests (and the remote benchmark) drive, and {@link RemoteFixtures}' worlds. */
@IntegrationTest
abstract class RemoteTestBase {

    @LocalServerPort
    int port;
    @Autowired
    RemoteFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    RemoteParticipation remote;
    @Autowired
    ChairConsole console;
    @Autowired
    MutableClock clock;
}
