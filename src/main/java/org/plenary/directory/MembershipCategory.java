package org.plenary.directory;

/**
 * How an organisation takes part in ITU-T. {@link #OBSERVER} is the State of Palestine under
 * Resolution 99 (X-REG-3), treated like a Member State for the Member-State-only fields unless
 * configured otherwise ({@code plenary.registration.observer-has-member-state-fields}).
 */
public enum MembershipCategory {
    MEMBER_STATE, SECTOR_MEMBER, ASSOCIATE, ACADEMIA, OBSERVER, INVITED;

    public String messageKey() {
        return "category." + name();
    }
}
