package org.plenary.fellowships;

/** L-FEL-2: a partial fellowship is an economy round-trip air ticket or the daily subsistence allowance. */
public enum FellowshipKind {
    AIR_TICKET, DSA;

    public String messageKey() {
        return "fellowship.kind." + name();
    }
}
