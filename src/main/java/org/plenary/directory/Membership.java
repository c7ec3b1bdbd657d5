package org.plenary.directory;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Who is an ITU-T member's person (L-DOC-4, X-DOC-1), in one place. A member organisation is a
 * Member State, the Resolution 99 observer (treated like a Member State), a Sector Member, an
 * Academia member, or an Associate for its one study group; invited experts are not members. An
 * account is a member when a {@link MembershipSource} vouches for its standing in such an
 * organisation: today an affiliation confirmed by the organisation's focal point or the
 * secretariat. A claimed, unconfirmed affiliation counts for nothing.
 */
@Service
public class Membership {

    private final List<MembershipSource> sources;

    Membership(List<MembershipSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Whether the account is a member's person for some study group. */
    public boolean isMember(AccountId account) {
        return account != null && sources.stream().flatMap(s -> s.standings(account).stream())
                .anyMatch(s -> s.category() != MembershipCategory.INVITED
                        && (s.category() != MembershipCategory.ASSOCIATE || s.associateStudyGroup() != null));
    }

    /** Whether the account is a member's person for the study group's work (Associates for their own only). */
    public boolean isMember(AccountId account, int studyGroup) {
        return account != null && sources.stream().flatMap(s -> s.standings(account).stream())
                .anyMatch(s -> counts(s.category(), s.associateStudyGroup(), studyGroup));
    }

    /** Whether the organisation is a member for the study group's work (a source or co-source of its contributions). */
    public static boolean isMemberOrganisation(Organisation o, int studyGroup) {
        return counts(o.category(), o.associateStudyGroup(), studyGroup);
    }

    private static boolean counts(MembershipCategory category, Integer associateStudyGroup, int studyGroup) {
        return switch (category) {
            case MEMBER_STATE, OBSERVER, SECTOR_MEMBER, ACADEMIA -> true;
            case ASSOCIATE -> associateStudyGroup != null && associateStudyGroup == studyGroup;
            case INVITED -> false;
        };
    }
}
