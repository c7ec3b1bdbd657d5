package org.plenary.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.directory.Directory;
import org.plenary.directory.Membership;
import org.plenary.directory.Organisation;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.Meeting;
import org.plenary.registration.Participation;
import org.plenary.registration.RegistrationManagement;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Component;

/**
 * L-DOC-1, X-DOC-1: a contribution is submitted by a person registered for the meeting (an
 * approved registration) on behalf of a member organisation whose focal point (or the
 * secretariat) confirmed that they belong to it, and each co-signing organisation must be a member
 * too ({@link Membership#isMemberOrganisation}).
 */
@Component
class Eligibility {

    private final RegistrationManagement registrations;
    private final Directory directory;

    Eligibility(RegistrationManagement registrations, Directory directory) {
        this.registrations = registrations;
        this.directory = directory;
    }

    /** The source organisations, the submitter's own first, and their names for the "Source" line. */
    record Sources(List<UUID> ids, String names) {
    }

    Sources check(Meeting meeting, AccountId submitter, List<UUID> coSources) {
        Participation p = registrations.approvedParticipation(meeting.id(), submitter)
                .orElseThrow(() -> PlenaryException.forbidden("documents.notRegistered", meeting.code()));
        Organisation own = directory.organisation(p.organisation())
                .orElseThrow(() -> PlenaryException.forbidden("documents.notRegistered", meeting.code()));
        if (!Membership.isMemberOrganisation(own, meeting.studyGroup())) {
            throw PlenaryException.forbidden("documents.notMemberOrganisation", own.name());
        }
        if (!directory.isAffiliationConfirmed(submitter, own.id())) {
            throw PlenaryException.forbidden("documents.affiliationUnconfirmed", own.name());
        }
        Set<UUID> ids = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        ids.add(own.id().value());
        names.add(own.name());
        for (UUID co : coSources == null ? List.<UUID>of() : coSources) {
            if (co == null || !ids.add(co)) {
                continue;
            }
            Organisation o = directory.organisation(new OrganisationId(co))
                    .orElseThrow(() -> PlenaryException.invalid("documents.sourceUnknown", co));
            if (!Membership.isMemberOrganisation(o, meeting.studyGroup())) {
                throw PlenaryException.invalid("documents.sourceNotMember", o.name());
            }
            names.add(o.name());
        }
        return new Sources(List.copyOf(ids), String.join(", ", names));
    }
}
