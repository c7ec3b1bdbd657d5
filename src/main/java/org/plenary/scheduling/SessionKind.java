package org.plenary.scheduling;

/** What a session is; plenaries of the study group and of its working parties are told apart. */
public enum SessionKind {
    SG_OPENING, SG_CLOSING, WP_OPENING, WP_CLOSING, QUESTION, JOINT_QUESTION, AD_HOC, WORKSHOP, NEWCOMERS,
    CONTRIBUTION_CLINIC;

    /** Study-group plenaries: everyone attends, so nothing else runs at the same time. */
    public boolean studyGroupPlenary() {
        return this == SG_OPENING || this == SG_CLOSING;
    }

    public boolean workingPartyPlenary() {
        return this == WP_OPENING || this == WP_CLOSING;
    }

    /** L-RP-1: opening and closing plenaries always support interactive remote participation. */
    public boolean alwaysRemote() {
        return studyGroupPlenary();
    }

    /** L-LANG-1: interpretation is provided at the closing plenary only. */
    public boolean mayHaveInterpretation() {
        return this == SG_CLOSING;
    }

    public boolean questionSession() {
        return this == QUESTION || this == JOINT_QUESTION;
    }
}
