package org.plenary.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.remote.RemoteFixtures.Participant;
import org.plenary.shared.ClusterSignals;
import org.plenary.support.IntegrationTest;
import org.plenary.support.PageClient;
import org.plenary.support.PgSignals;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Console changes reach every node through PostgreSQL {@code NOTIFY}: what another node signals
 * reaches the streams open on this one, and a raised hand here is signalled to the others, at commit.
 */
@IntegrationTest
class ClusterLiveUpdatesTests extends RemoteTestBase {

    static final Duration A_SECOND = Duration.ofSeconds(1);

    @Autowired
    DataSource dataSource;
    @Autowired
    ClusterSignals signals;
    @Autowired
    TransactionTemplate tx;

    RemoteFixtures.World w;
    Participant amina;
    String stream;

    @BeforeEach
    void sessionUnderWay() {
        w = fixtures.world();
        amina = w.participant("Amina Diallo", "SN", "female", false);
        clock.set(w.start(w.opening).plus(Duration.ofMinutes(10)));
        w.joinRemotely(amina, w.opening);
        stream = "/remote/meetings/" + w.code() + "/sessions/" + w.opening.id() + "/events";
    }

    private PageClient.Events chairStream() throws InterruptedException {
        PageClient chair = new PageClient("http://localhost:" + port);
        chair.login(w.officer.email(), TestUsers.PASSWORD);
        PageClient.Events events = chair.events(stream);
        events.awaitConnected(Duration.ofSeconds(10));
        return events;
    }

    @Test
    void aSignalFromAnotherNodesConnectionReachesTheConsoleStreamsOfThisNodeWithinASecond() throws Exception {
        assertThat(signals.listening()).isTrue();
        PageClient.Events events = chairStream();
        try (PgSignals otherNode = PgSignals.connect(dataSource)) {
            otherNode.send("console:" + w.opening.id());
            assertThat(events.changedWithin(A_SECOND)).as("the other node's change reaches this node's stream").isTrue();
            otherNode.send("console:" + w.workshop.id());
            assertThat(events.changedWithin(Duration.ofMillis(500))).as("another session's change does not").isFalse();
        }
    }

    @Test
    void aRaisedHandIsSignalledToEveryNodeAtCommitAndReachesTheChairsStream() throws Exception {
        PageClient.Events events = chairStream();
        try (PgSignals otherNode = PgSignals.connect(dataSource)) {
            users.as(amina.account(), () -> console.raiseHand(w.code(), w.opening.id(), null));
            assertThat(events.changedWithin(A_SECOND)).as("the chair's stream on this node").isTrue();
            assertThat(otherNode.received(Duration.ofMillis(300)))
                    .as("the other nodes hear of it: one small signal, the session's id, nothing personal")
                    .containsExactly("console:" + w.opening.id());
        }
    }

    @Test
    void signalsOfARolledBackTransactionAreNeverSentAndRepeatedOnesGoOutOnce() throws Exception {
        try (PgSignals otherNode = PgSignals.connect(dataSource)) {
            tx.executeWithoutResult(status -> {
                signals.send("console", w.opening.id().toString());
                status.setRollbackOnly();
            });
            assertThat(otherNode.received(Duration.ofMillis(300))).as("rolled back: nothing").isEmpty();
            tx.executeWithoutResult(status -> {
                signals.send("console", w.opening.id().toString());
                signals.send("console", w.opening.id().toString());
                signals.send("boards", null);
            });
            assertThat(otherNode.received(Duration.ofMillis(300)))
                    .containsExactly("console:" + w.opening.id(), "boards");
        }
    }
}
