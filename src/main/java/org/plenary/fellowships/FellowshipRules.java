package org.plenary.fellowships;

import java.util.List;

/** The per-country rules (L-FEL-1, L-FEL-3) and the per-person limit (X-FEL-3), checked at application and award. */
final class FellowshipRules {

    /** L-FEL-1: at most two partial fellowships per eligible country and meeting. */
    static final int PER_COUNTRY = 2;
    /** X-FEL-3: at most two partial fellowships per person and financial year. */
    static final int PER_PERSON_PER_YEAR = 2;

    private FellowshipRules() {
    }

    /**
     * Why one more fellowship of {@code kind} for a country that already holds {@code existing} is
     * not allowed, or null: a third one, or two without an air ticket.
     */
    static Allocation.Reason countryRule(List<FellowshipKind> existing, FellowshipKind kind) {
        if (existing.size() >= PER_COUNTRY) {
            return new Allocation.Reason("fellowship.reason.countryFull", PER_COUNTRY);
        }
        if (existing.size() == PER_COUNTRY - 1 && kind == FellowshipKind.DSA
                && !existing.contains(FellowshipKind.AIR_TICKET)) {
            return new Allocation.Reason("fellowship.reason.secondDsa");
        }
        return null;
    }
}
