package org.plenary.fellowships;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The allocation proposal (L-FEL-1, L-FEL-3, L-FEL-5, X-FEL-3): deterministic, greedy, and
 * explained line by line. Each round recomputes every open candidate's points from the criteria
 * of the letter and proposes the best one that still fits the budget and the rules; ties go to
 * the earlier application, then the lower id. Nothing here reads the clock or the database.
 *
 * <ul>
 * <li>active participation: {@value #PER_CONTRIBUTION} points per relevant contribution by the
 * applicant's organisation for this meeting, at most {@value #MAX_CONTRIBUTIONS} counted;</li>
 * <li>equitable distribution: {@value #NEW_COUNTRY} points while the applicant's country has no
 * fellowship yet (awarded or proposed), {@value #NEW_REGION} while the ITU region has none;</li>
 * <li>disabilities and specific needs: {@value #SPECIFIC_NEEDS} points;</li>
 * <li>gender balance: {@value #GENDER_BALANCE} point when the applicant's gender is less represented
 * among fellows so far than the other recorded one.</li>
 * </ul>
 */
public final class Allocation {

    static final int PER_CONTRIBUTION = 2;
    static final int MAX_CONTRIBUTIONS = 3;
    static final int NEW_COUNTRY = 3;
    static final int NEW_REGION = 2;
    static final int SPECIFIC_NEEDS = 3;
    static final int GENDER_BALANCE = 1;

    private Allocation() {
    }

    /** One open application as the allocation sees it. */
    public record Candidate(UUID id, String person, String country, String region, FellowshipKind kind,
            BigDecimal cost, int contributions, boolean specificNeeds, String gender, int awardedThisYear,
            Instant appliedAt) {
    }

    /** A fellowship already awarded for this meeting: it counts for the country, region and gender balance. */
    public record Awarded(String country, String region, FellowshipKind kind, String gender) {
    }

    /** A translatable reason: message key and arguments. */
    public record Reason(String key, Object... args) {
    }

    /** A candidate's line in the proposal. */
    public record Line(Candidate candidate, boolean proposed, int points, int rank, List<Reason> reasons) {
    }

    public record Proposal(List<Line> lines, BigDecimal budget, BigDecimal committed, BigDecimal proposedTotal) {
        public BigDecimal remaining() {
            return budget.subtract(committed).subtract(proposedTotal);
        }
    }

    public static Proposal propose(BigDecimal budget, List<Awarded> awarded, List<Candidate> candidates,
            BigDecimal committed) {
        Map<String, List<FellowshipKind>> byCountry = new HashMap<>();
        Map<String, Integer> byRegion = new HashMap<>();
        Map<String, Integer> byGender = new HashMap<>();
        for (Awarded a : awarded) {
            byCountry.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(a.kind());
            byRegion.merge(String.valueOf(a.region()), 1, Integer::sum);
            if (a.gender() != null) {
                byGender.merge(a.gender(), 1, Integer::sum);
            }
        }
        BigDecimal left = budget.subtract(committed);
        BigDecimal proposedTotal = BigDecimal.ZERO;
        List<Candidate> open = new ArrayList<>(candidates);
        open.sort(Comparator.comparing(Candidate::appliedAt).thenComparing(Candidate::id));
        Map<UUID, Line> lines = new LinkedHashMap<>();
        int rank = 0;
        while (true) {
            Candidate best = null;
            int bestPoints = Integer.MIN_VALUE;
            List<Reason> bestReasons = null;
            for (Candidate c : open) {
                if (blocked(c, byCountry, left) != null) {
                    continue;
                }
                List<Reason> reasons = new ArrayList<>();
                int points = points(c, byCountry, byRegion, byGender, reasons);
                if (points > bestPoints) { // open is in application order: the earlier one keeps a tie
                    best = c;
                    bestPoints = points;
                    bestReasons = reasons;
                }
            }
            if (best == null) {
                break;
            }
            open.remove(best);
            rank++;
            left = left.subtract(best.cost());
            proposedTotal = proposedTotal.add(best.cost());
            bestReasons.add(new Reason("fellowship.reason.fits", best.cost(), left));
            lines.put(best.id(), new Line(best, true, bestPoints, rank, bestReasons));
            byCountry.computeIfAbsent(best.country(), k -> new ArrayList<>()).add(best.kind());
            byRegion.merge(String.valueOf(best.region()), 1, Integer::sum);
            if (best.gender() != null) {
                byGender.merge(best.gender(), 1, Integer::sum);
            }
        }
        for (Candidate c : open) {
            List<Reason> reasons = new ArrayList<>();
            int points = points(c, byCountry, byRegion, byGender, reasons);
            reasons.add(blocked(c, byCountry, left));
            lines.put(c.id(), new Line(c, false, points, 0, reasons));
        }
        List<Line> ordered = new ArrayList<>(lines.values());
        return new Proposal(ordered, budget, committed, proposedTotal);
    }

    /** Why a candidate cannot be proposed now, or null when it can. */
    static Reason blocked(Candidate c, Map<String, List<FellowshipKind>> byCountry, BigDecimal left) {
        if (c.awardedThisYear() >= FellowshipRules.PER_PERSON_PER_YEAR) {
            return new Reason("fellowship.reason.yearlyLimit", FellowshipRules.PER_PERSON_PER_YEAR);
        }
        List<FellowshipKind> country = byCountry.getOrDefault(c.country(), List.of());
        Reason rule = FellowshipRules.countryRule(country, c.kind());
        if (rule != null) {
            return rule;
        }
        if (c.cost() == null) {
            return new Reason("fellowship.reason.noCost");
        }
        if (c.cost().compareTo(left) > 0) {
            return new Reason("fellowship.reason.overBudget", c.cost(), left.max(BigDecimal.ZERO));
        }
        return null;
    }

    private static int points(Candidate c, Map<String, List<FellowshipKind>> byCountry, Map<String, Integer> byRegion,
            Map<String, Integer> byGender, List<Reason> reasons) {
        int points = 0;
        int counted = Math.min(c.contributions(), MAX_CONTRIBUTIONS);
        if (counted > 0) {
            points += counted * PER_CONTRIBUTION;
            reasons.add(new Reason("fellowship.reason.contributions", c.contributions(), counted * PER_CONTRIBUTION));
        } else {
            reasons.add(new Reason("fellowship.reason.noContributions"));
        }
        if (byCountry.getOrDefault(c.country(), List.of()).isEmpty()) {
            points += NEW_COUNTRY;
            reasons.add(new Reason("fellowship.reason.newCountry", c.country(), NEW_COUNTRY));
        }
        if (byRegion.getOrDefault(String.valueOf(c.region()), 0) == 0) {
            points += NEW_REGION;
            reasons.add(new Reason("fellowship.reason.newRegion",
                    new DefaultMessageSourceResolvable("region." + c.region()),
                    NEW_REGION));
        }
        if (c.specificNeeds()) {
            points += SPECIFIC_NEEDS;
            reasons.add(new Reason("fellowship.reason.specificNeeds", SPECIFIC_NEEDS));
        }
        if (c.gender() != null && ("female".equals(c.gender()) || "male".equals(c.gender()))) {
            String other = "female".equals(c.gender()) ? "male" : "female";
            if (byGender.getOrDefault(c.gender(), 0) < byGender.getOrDefault(other, 0)) {
                points += GENDER_BALANCE;
                reasons.add(new Reason("fellowship.reason.genderBalance", GENDER_BALANCE));
            }
        }
        return points;
    }
}
