package org.plenary.registration;

import org.plenary.directory.ItuRegion;
import org.plenary.directory.MembershipCategory;

/** The secretariat's filters; a null field does not filter. */
public record RegistrationFilter(RegistrationStatus status, MembershipCategory category, String country,
        ItuRegion region, Boolean inPerson, RequestKind request, Boolean late) {

    public static RegistrationFilter none() {
        return new RegistrationFilter(null, null, null, null, null, null, null);
    }
}
