package org.plenary.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Issue #10: one person cannot hold hundreds of live-update streams, nor can everyone together exhaust the server. */
@IntegrationTest
class LiveUpdatesCapTests {

    @Autowired
    LiveUpdates live;

    @Test
    void aPersonsSixthStreamClosesTheOldest() throws Exception {
        String person = "greedy-" + UUID.randomUUID() + "@example.org";
        UUID session = UUID.randomUUID();
        List<SseEmitter> streams = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            streams.add(live.subscribe(session, person));
        }
        assertThat(live.streams(person)).isEqualTo(5);
        assertThatThrownBy(() -> streams.get(0).send("still there?")).as("the oldest stream is closed")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> streams.get(594).send("still there?")).isInstanceOf(IllegalStateException.class);
        for (SseEmitter newest : streams.subList(595, 600)) {
            newest.send("still open");
        }
        String other = "modest-" + UUID.randomUUID() + "@example.org";
        SseEmitter theirs = live.subscribe(session, other);
        assertThat(live.streams(other)).isEqualTo(1);
        theirs.send("others keep theirs");
    }

    @Test
    void beyondTheInstancesLimitANewStreamIsRefused() {
        int[] previous = live.limits(5, live.open() + 2);
        try {
            UUID session = UUID.randomUUID();
            live.subscribe(session, "first-" + UUID.randomUUID());
            live.subscribe(session, "second-" + UUID.randomUUID());
            assertThatThrownBy(() -> live.subscribe(session, "third-" + UUID.randomUUID()))
                    .isInstanceOfSatisfying(PlenaryException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                        assertThat(e.messageKey()).isEqualTo("remote.live.busy");
                    });
        } finally {
            live.limits(previous[0], previous[1]);
        }
    }
}
