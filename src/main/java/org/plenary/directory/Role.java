package org.plenary.directory;

/** What an account may do. An account may hold several roles. */
public enum Role {
    /** TSB secretariat: runs meetings, sees everything including personal data. */
    SECRETARIAT,
    /** Study-group, working-party chairs and rapporteurs. */
    CHAIR,
    /** Designated focal point of an organisation: approves its registrations. */
    FOCAL_POINT,
    /** Anyone with an account who takes part in meetings. */
    DELEGATE;

    public String authority() {
        return "ROLE_" + name();
    }
}
