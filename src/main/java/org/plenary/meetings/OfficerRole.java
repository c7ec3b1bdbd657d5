package org.plenary.meetings;

/**
 * What an officer is to a meeting. Every role gives the same rights for that meeting only (agenda and
 * time plan, TDs, remote requests, the chair's console: {@link Officers}); the role says why, and a
 * working-party chair names the working party, a rapporteur the Question.
 */
public enum OfficerRole {
    CHAIR, VICE_CHAIR, WP_CHAIR, RAPPORTEUR;

    public String messageKey() {
        return "officer.role." + name();
    }
}
