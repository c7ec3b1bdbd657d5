package org.plenary.documents;

import java.util.EnumSet;
import java.util.Set;

/**
 * X-DOC-4: a late contribution is held for the next meeting unless the secretariat (for the TSB
 * Director) admits it; the study group or working party then decides whether to consider it.
 */
public enum LateDecision {
    HELD_FOR_NEXT_MEETING, ADMITTED, CONSIDERED, NOT_CONSIDERED;

    public Set<LateDecision> next() {
        return switch (this) {
            case HELD_FOR_NEXT_MEETING -> EnumSet.of(ADMITTED);
            case ADMITTED -> EnumSet.of(CONSIDERED, NOT_CONSIDERED);
            case CONSIDERED, NOT_CONSIDERED -> EnumSet.noneOf(LateDecision.class);
        };
    }

    /** Only the secretariat admits; the meeting's decision is recorded by its chair or the secretariat. */
    public boolean secretariatOnly() {
        return this == ADMITTED;
    }
}
