package org.plenary.meetings;

/** The two columns of an ITU time plan. */
public enum HalfDay {
    MORNING, AFTERNOON
}
