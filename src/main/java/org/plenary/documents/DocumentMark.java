package org.plenary.documents;

/** L-DOC-5: a TD may be the meeting's agenda update or time-plan update. */
public enum DocumentMark {
    AGENDA_UPDATE, TIME_PLAN_UPDATE
}
