package org.plenary.scheduling;

/** A meeting's plan was published as a new version: screens and calendars show it from now on. */
public record PlanPublished(String meetingCode, int version) {
}
