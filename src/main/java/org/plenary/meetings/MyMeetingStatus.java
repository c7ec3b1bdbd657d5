package org.plenary.meetings;

import java.util.List;

/**
 * What the logged-in person has to do with a meeting, as other modules tell it to the meeting
 * page (registration says where one's registration stands) without the meetings module
 * depending on them.
 */
public interface MyMeetingStatus {

    /**
     * One line: a label and a value (bundle keys), a machine-readable state for tests and styling,
     * and a link to act on it.
     */
    record Line(String id, String labelKey, String valueKey, String state, String href, String linkKey) {
    }

    /** The lines for the current user; empty when there is nothing to say. */
    List<Line> lines(Meeting meeting);
}
