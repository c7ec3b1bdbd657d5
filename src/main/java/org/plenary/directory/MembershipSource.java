package org.plenary.directory;

import java.util.List;

/**
 * Where {@link Membership} learns which member organisations vouch for an account. Today one
 * source: affiliations confirmed by the organisation's focal point or the secretariat
 * ({@link ConfirmedAffiliations}); an identity provider's claims can be added as another bean.
 */
public interface MembershipSource {

    /** The account's standings this source vouches for; empty when it knows none. */
    List<Standing> standings(AccountId account);

    /**
     * A standing in one organisation.
     *
     * @param associateStudyGroup for an Associate, the one study group it takes part in; null otherwise
     */
    record Standing(MembershipCategory category, Integer associateStudyGroup) {
    }
}
