package org.plenary.fellowships;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.fellowships.Allocation.Candidate;
import org.plenary.fellowships.Allocation.Line;
import org.plenary.fellowships.Allocation.Proposal;

/** The allocation proposal on crafted cases (L-FEL-1, L-FEL-3, L-FEL-5, X-FEL-3). */
class AllocationTests {

    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    private int seq;

    private Candidate candidate(String name, String country, String region, FellowshipKind kind, int cost) {
        return candidate(name, country, region, kind, cost, 0, false, null, 0);
    }

    private Candidate candidate(String name, String country, String region, FellowshipKind kind, Integer cost,
            int contributions, boolean needs, String gender, int awardedThisYear) {
        seq++;
        return new Candidate(new UUID(0, seq), name, country, region, kind,
                cost == null ? null : BigDecimal.valueOf(cost), contributions, needs, gender, awardedThisYear,
                T0.plusSeconds(seq * 60L));
    }

    private static List<String> proposed(Proposal p) {
        return p.lines().stream().filter(Line::proposed).map(l -> l.candidate().person()).toList();
    }

    private static Line line(Proposal p, String person) {
        return p.lines().stream().filter(l -> l.candidate().person().equals(person)).findFirst().orElseThrow();
    }

    private static List<String> reasonKeys(Line l) {
        return l.reasons().stream().map(Allocation.Reason::key).toList();
    }

    @Test
    void budgetBindsAndTheExplanationSaysWhy() {
        var a = candidate("A", "SN", "AFRICA", FellowshipKind.AIR_TICKET, 1200, 2, false, null, 0);
        var b = candidate("B", "NP", "ASIA_PACIFIC", FellowshipKind.AIR_TICKET, 1500, 1, false, null, 0);
        var c = candidate("C", "HT", "AMERICAS", FellowshipKind.DSA, 900);
        Proposal p = Allocation.propose(BigDecimal.valueOf(2500), List.of(), List.of(a, b, c), BigDecimal.ZERO);

        assertThat(proposed(p)).containsExactly("A", "C");
        assertThat(p.proposedTotal()).isEqualByComparingTo("2100");
        assertThat(p.remaining()).isEqualByComparingTo("400");
        Line bl = line(p, "B");
        assertThat(bl.proposed()).isFalse();
        assertThat(reasonKeys(bl)).last().isEqualTo("fellowship.reason.overBudget");
        assertThat(reasonKeys(line(p, "A"))).contains("fellowship.reason.contributions", "fellowship.reason.newCountry",
                "fellowship.reason.newRegion", "fellowship.reason.fits");
        assertThat(line(p, "A").rank()).isEqualTo(1);
    }

    @Test
    void committedAwardsReduceTheBudgetLeft() {
        var a = candidate("A", "SN", "AFRICA", FellowshipKind.AIR_TICKET, 1000);
        Proposal p = Allocation.propose(BigDecimal.valueOf(1500), List.of(), List.of(a), BigDecimal.valueOf(600));
        assertThat(proposed(p)).isEmpty();
        assertThat(reasonKeys(line(p, "A"))).last().isEqualTo("fellowship.reason.overBudget");
    }

    @Test
    void regionalBalancePrefersAnUnservedRegionOverASecondFromTheSameRegion() {
        // Two African countries applied first; an Asia-Pacific applicant came last. Budget for two.
        var a = candidate("A", "SN", "AFRICA", FellowshipKind.AIR_TICKET, 1000);
        var b = candidate("B", "ML", "AFRICA", FellowshipKind.AIR_TICKET, 1000);
        var c = candidate("C", "NP", "ASIA_PACIFIC", FellowshipKind.AIR_TICKET, 1000);
        Proposal p = Allocation.propose(BigDecimal.valueOf(2000), List.of(), List.of(a, b, c), BigDecimal.ZERO);
        assertThat(proposed(p)).containsExactly("A", "C");
        assertThat(reasonKeys(line(p, "C"))).contains("fellowship.reason.newRegion");
        assertThat(reasonKeys(line(p, "B"))).doesNotContain("fellowship.reason.newRegion");
    }

    @Test
    void aRegionAlreadyServedByAnAwardCountsToo() {
        var a = candidate("A", "SN", "AFRICA", FellowshipKind.AIR_TICKET, 1000);
        var c = candidate("C", "NP", "ASIA_PACIFIC", FellowshipKind.AIR_TICKET, 1000);
        Proposal p = Allocation.propose(BigDecimal.valueOf(5000),
                List.of(new Allocation.Awarded("ML", "AFRICA", FellowshipKind.AIR_TICKET, "male")), List.of(a, c),
                BigDecimal.valueOf(1000));
        assertThat(proposed(p)).containsExactly("C", "A");
    }

    @Test
    void atMostTwoPerCountryAndTwoNeverWithoutAnAirTicket() {
        var dsa1 = candidate("D1", "SN", "AFRICA", FellowshipKind.DSA, 800, 3, false, null, 0);
        var dsa2 = candidate("D2", "SN", "AFRICA", FellowshipKind.DSA, 800, 3, false, null, 0);
        var ticket = candidate("T", "SN", "AFRICA", FellowshipKind.AIR_TICKET, 1200);
        var third = candidate("X", "SN", "AFRICA", FellowshipKind.AIR_TICKET, 100);
        Proposal p = Allocation.propose(BigDecimal.valueOf(100000), List.of(), List.of(dsa1, dsa2, ticket, third),
                BigDecimal.ZERO);
        List<String> chosen = proposed(p);
        assertThat(chosen).hasSize(2).contains("D1");
        assertThat(chosen).doesNotContain("D2");
        assertThat(p.lines().stream().filter(Line::proposed).map(l -> l.candidate().kind()))
                .contains(FellowshipKind.AIR_TICKET);
        assertThat(reasonKeys(line(p, "D2"))).last().isIn("fellowship.reason.secondDsa", "fellowship.reason.countryFull");
        assertThat(p.lines().stream().filter(l -> !l.proposed()).map(l -> reasonKeys(l).get(reasonKeys(l).size() - 1)))
                .contains("fellowship.reason.countryFull");
    }

    @Test
    void yearlyLimitPerPersonAndMissingCostKeepAnApplicantOut() {
        var limited = candidate("L", "SN", "AFRICA", FellowshipKind.AIR_TICKET, 500, 3, true, "female", 2);
        var noCost = candidate("N", "NP", "ASIA_PACIFIC", FellowshipKind.AIR_TICKET, null, 0, false, null, 0);
        Proposal p = Allocation.propose(BigDecimal.valueOf(10000), List.of(), List.of(limited, noCost), BigDecimal.ZERO);
        assertThat(proposed(p)).isEmpty();
        assertThat(reasonKeys(line(p, "L"))).last().isEqualTo("fellowship.reason.yearlyLimit");
        assertThat(reasonKeys(line(p, "N"))).last().isEqualTo("fellowship.reason.noCost");
    }

    @Test
    void specificNeedsAndGenderBalanceRaiseThePoints() {
        var awardedMen = List.of(new Allocation.Awarded("ML", "AFRICA", FellowshipKind.AIR_TICKET, "male"));
        var man = candidate("M", "NP", "ASIA_PACIFIC", FellowshipKind.AIR_TICKET, 1000, 0, false, "male", 0);
        var woman = candidate("W", "HT", "AMERICAS", FellowshipKind.AIR_TICKET, 1000, 0, false, "female", 0);
        var needs = candidate("S", "LA", "ASIA_PACIFIC", FellowshipKind.AIR_TICKET, 1000, 0, true, "male", 0);
        Proposal p = Allocation.propose(BigDecimal.valueOf(2000), awardedMen, List.of(man, woman, needs),
                BigDecimal.ZERO);
        assertThat(proposed(p)).containsExactly("S", "W");
        assertThat(reasonKeys(line(p, "S"))).contains("fellowship.reason.specificNeeds");
        assertThat(reasonKeys(line(p, "W"))).contains("fellowship.reason.genderBalance");
    }

    @Test
    void theProposalIsDeterministicWhateverTheInputOrder() {
        List<Candidate> all = new ArrayList<>();
        String[] countries = {"SN", "ML", "NP", "HT", "LA", "BD"};
        String[] regions = {"AFRICA", "AFRICA", "ASIA_PACIFIC", "AMERICAS", "ASIA_PACIFIC", "ASIA_PACIFIC"};
        for (int i = 0; i < 12; i++) {
            all.add(candidate("P" + i, countries[i % 6], regions[i % 6],
                    i % 3 == 0 ? FellowshipKind.DSA : FellowshipKind.AIR_TICKET, 700 + 50 * i, i % 4, i % 5 == 0,
                    i % 2 == 0 ? "female" : "male", 0));
        }
        Proposal first = Allocation.propose(BigDecimal.valueOf(6000), List.of(), all, BigDecimal.ZERO);
        List<Candidate> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(42));
        Proposal second = Allocation.propose(BigDecimal.valueOf(6000), List.of(), shuffled, BigDecimal.ZERO);
        assertThat(proposed(second)).isEqualTo(proposed(first)).isNotEmpty();
        assertThat(first.proposedTotal()).isLessThanOrEqualTo(BigDecimal.valueOf(6000));
    }
}
