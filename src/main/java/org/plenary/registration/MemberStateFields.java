package org.plenary.registration;

import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.springframework.stereotype.Component;

/**
 * L-REG-3 and X-REG-3: who may use the Member-State-only fields of the form. Member States always;
 * the observer too unless {@code plenary.registration.observer-has-member-state-fields=false}; nobody else.
 */
@Component
class MemberStateFields {

    private final boolean observerIncluded;

    MemberStateFields(RegistrationProperties props) {
        this.observerIncluded = props.observerHasMemberStateFields();
    }

    boolean offeredTo(Organisation o) {
        return o.category() == MembershipCategory.MEMBER_STATE
                || (o.category() == MembershipCategory.OBSERVER && observerIncluded);
    }
}
