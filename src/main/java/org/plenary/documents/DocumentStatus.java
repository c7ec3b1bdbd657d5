package org.plenary.documents;

import java.util.EnumSet;
import java.util.Set;

/** Where a document stands in the meeting (agenda item 8: document review and allocation). */
public enum DocumentStatus {
    SUBMITTED, ALLOCATED, PRESENTED, NOTED, AGREED, REVISED, WITHDRAWN;

    /** The statuses a document may move to from this one; a withdrawn or revised document stays so. */
    public Set<DocumentStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ALLOCATED, WITHDRAWN);
            case ALLOCATED -> EnumSet.of(PRESENTED, WITHDRAWN);
            case PRESENTED -> EnumSet.of(NOTED, AGREED, REVISED, WITHDRAWN);
            case NOTED, AGREED -> EnumSet.of(REVISED);
            case REVISED, WITHDRAWN -> EnumSet.noneOf(DocumentStatus.class);
        };
    }
}
