package org.plenary.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.SqlStatements;
import org.plenary.support.SqlStatements.Counted;

/** Room-display boards come from the cache within the minute, and a published plan replaces them at once. */
@IntegrationTest
class RoomBoardCacheTests extends SchedulingTestBase {

    static final LocalDate MON = LocalDate.of(2027, 3, 1);

    @Test
    void aBoardIsComputedOnceAMinuteAndAgainOnceAPlanIsPublished() {
        var f = fixture.meeting();
        String screen = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        users.as(f.secretariat(), () -> {
            display.defineScreen(screen, "Cache lobby", f.venue(), null);
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null, MON,
                    "09:30", "12:30", f.big(), false));
            publishing.publish(f.code(), null);
        });
        clock.set(Instant.parse("2027-03-01T10:00:00Z"));

        Counted<RoomDisplay.Board> first = SqlStatements.count(() -> display.board(screen, Locale.ENGLISH));
        assertThat(sessions(first.result())).isEqualTo(1);
        assertThat(first.statements()).isPositive();
        Counted<RoomDisplay.Board> again = SqlStatements.count(() -> display.board(screen, Locale.ENGLISH));
        assertThat(again.statements()).as("the same minute: from the cache").isZero();
        assertThat(again.result()).isEqualTo(first.result());

        users.as(f.secretariat(), () -> {
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(5), null, MON,
                    "14:30", "17:30", f.small(), false));
            publishing.publish(f.code(), null);
        });
        assertThat(sessions(display.board(screen, Locale.ENGLISH))).as("the published plan shows at once").isEqualTo(2);

        clock.advance(Duration.ofMinutes(1));
        assertThat(SqlStatements.count(() -> display.board(screen, Locale.ENGLISH)).statements())
                .as("a new minute: computed again").isPositive();
    }

    private static int sessions(RoomDisplay.Board b) {
        return b.rooms().stream().mapToInt(r -> r.sessions().size()).sum();
    }
}
