package org.plenary.registration;

import org.plenary.directory.Account;
import org.plenary.directory.Country;
import org.plenary.directory.ItuRegion;
import org.plenary.directory.Organisation;

/** A registration with the person, organisation and country it refers to, for lists and exports. */
public record RegistrationRow(Registration registration, Account account, Organisation organisation,
        Country country) {

    public ItuRegion region() {
        return country == null ? null : country.region();
    }
}
