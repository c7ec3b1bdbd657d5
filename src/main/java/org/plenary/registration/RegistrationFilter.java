package org.plenary.registration;

import org.plenary.directory.ItuRegion;
import org.plenary.directory.MembershipCategory;

/** The secretariat's filters; a null field does not filter. */
public record RegistrationFilter(RegistrationStatus status, MembershipCategory category, String country,
        ItuRegion region, Boolean inPerson, RequestKind request, Boolean late) {

    public static RegistrationFilter none() {
        return new RegistrationFilter(null, null, null, null, null, null, null);
    }

    boolean matches(RegistrationRow row) {
        Registration r = row.registration();
        return (status == null || r.status() == status)
                && (category == null || row.organisation().category() == category)
                && (country == null || country.isBlank() || country.equalsIgnoreCase(row.organisation().countryCode()))
                && (region == null || region == row.region())
                && (inPerson == null || inPerson == r.inPerson())
                && (request == null || request.in(r))
                && (late == null || late == r.late());
    }
}
