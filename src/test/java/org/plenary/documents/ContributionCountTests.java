package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.fellowships.Contributions;
import org.plenary.meetings.Meeting;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** L-FEL-5: the fellowship criterion counts the contributions an organisation signed or co-signed, not withdrawn ones. */
@IntegrationTest
class ContributionCountTests extends DocumentTestBase {

    @Autowired
    Contributions contributionsForFellowships;

    private Document submit(Meeting m, Account by, List<UUID> coSources) {
        var form = new Submissions.ContributionForm("Contribution " + UUID.randomUUID(), coSources, null,
                List.of(), List.of(13), List.of(), null, "Abstract", false, false);
        return fixtures.contribution(m, by, form);
    }

    @Test
    void countsSignedAndCoSignedContributionsButNotWithdrawnOnes() {
        Meeting m = fixtures.meeting(LocalDate.of(2026, 7, 6));
        Organisation a = fixtures.organisation(MembershipCategory.MEMBER_STATE, null);
        Organisation b = fixtures.organisation(MembershipCategory.SECTOR_MEMBER, null);
        Account fromA = fixtures.delegate(m, a);
        Account fromB = fixtures.delegate(m, b);

        submit(m, fromA, List.of());
        Document cosigned = submit(m, fromB, List.of(a.id().value()));
        Document withdrawn = submit(m, fromA, List.of());
        users.as(fixtures.secretariat(), () -> allocation.changeStatus(withdrawn.id(), DocumentStatus.WITHDRAWN, null));
        assertThat(reading.contributionsOf(m.id(), a.id())).as("co-signing not yet confirmed").isEqualTo(1);
        users.as(fixtures.secretariat(), () -> allocation.confirmCoSource(cosigned.id(), a.id()));

        assertThat(reading.contributionsOf(m.id(), a.id())).isEqualTo(2);
        assertThat(reading.contributionsOf(m.id(), b.id())).isEqualTo(1);
        assertThat(contributionsForFellowships.count(m.id(), a.id())).isEqualTo(2);
        assertThat(contributionsForFellowships.count(fixtures.meeting(LocalDate.of(2026, 7, 13)).id(), a.id()))
                .as("another meeting").isZero();
    }
}
