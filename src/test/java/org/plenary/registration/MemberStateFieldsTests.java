package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.OrganisationId;

/** L-REG-3 and X-REG-3: who may use the Member-State-only fields, with the observer configurable. */
class MemberStateFieldsTests {

    private static Organisation of(MembershipCategory c) {
        return new Organisation(OrganisationId.random(), "x", "PS", c, null, false);
    }

    @Test
    void memberStatesAlwaysTheObserverUnlessConfiguredOtherwiseNobodyElse() {
        MemberStateFields byDefault = new MemberStateFields(new RegistrationProperties(true));
        MemberStateFields observerExcluded = new MemberStateFields(new RegistrationProperties(false));
        for (MembershipCategory c : MembershipCategory.values()) {
            boolean memberState = c == MembershipCategory.MEMBER_STATE;
            assertThat(byDefault.offeredTo(of(c))).as(c.name())
                    .isEqualTo(memberState || c == MembershipCategory.OBSERVER);
            assertThat(observerExcluded.offeredTo(of(c))).as(c.name()).isEqualTo(memberState);
        }
    }
}
