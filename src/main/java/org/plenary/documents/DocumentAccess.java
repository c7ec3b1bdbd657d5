package org.plenary.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.directory.CurrentUser;
import org.plenary.directory.Membership;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.Officers;
import org.plenary.shared.PlenaryException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * L-DOC-4: who reads members-only documents. The secretariat reads everything, a meeting's
 * officers read their meeting's documents, and a member's person ({@link Membership}: a confirmed
 * affiliation with a member organisation) reads the documents of the study groups their
 * organisation takes part in. A public document is open to everyone. Every reading path (pages,
 * API, downloads, zip, Atom feeds, search) asks here.
 */
@Component
class DocumentAccess {

    private final Membership membership;
    private final Officers officers;

    DocumentAccess(Membership membership, Officers officers) {
        this.membership = membership;
        this.officers = officers;
    }

    /** The current caller, remembering the answers for one request's worth of checks. */
    Reader reader() {
        return new Reader(CurrentUser.find().orElse(null));
    }

    /** Refuses a caller who may not read the meeting's members-only documents (its lists, search, zips). */
    void requireMeeting(MeetingId meeting, int studyGroup) {
        Reader r = reader();
        if (!r.readsMeeting(meeting, studyGroup)) {
            throw r.refusal();
        }
    }

    /** Refuses a caller who may not read the document (public ones are open to everyone). */
    void require(Document d) {
        Reader r = reader();
        if (!r.reads(d)) {
            throw r.refusal();
        }
    }

    /** The documents of a feed that the caller may read; refuses a caller who reads none of the study group's. */
    List<Document> readable(int studyGroup, List<Document> docs) {
        Reader r = reader();
        if (!r.readsStudyGroup(studyGroup) && (r.principal == null || !r.principal.has(Role.CHAIR))) {
            throw r.refusal();
        }
        return docs.stream().filter(r::reads).toList();
    }

    final class Reader {
        private final PlenaryPrincipal principal;
        private final Map<Integer, Boolean> studyGroups = new HashMap<>();
        private final Map<MeetingId, Boolean> officerOf = new HashMap<>();

        private Reader(PlenaryPrincipal principal) {
            this.principal = principal;
        }

        boolean reads(Document d) {
            return d.isPublic() || readsMeeting(d.meeting(), d.studyGroup());
        }

        boolean readsMeeting(MeetingId meeting, int studyGroup) {
            return readsStudyGroup(studyGroup)
                    || (principal != null && officerOf.computeIfAbsent(meeting, officers::isOfficer));
        }

        boolean readsStudyGroup(int studyGroup) {
            if (principal == null) {
                return false;
            }
            return principal.has(Role.SECRETARIAT) || studyGroups.computeIfAbsent(studyGroup,
                    sg -> membership.isMember(principal.accountId(), sg));
        }

        PlenaryException refusal() {
            return principal == null ? new PlenaryException(HttpStatus.UNAUTHORIZED, "documents.loginToDownload")
                    : PlenaryException.forbidden("documents.membersOnly");
        }
    }
}
