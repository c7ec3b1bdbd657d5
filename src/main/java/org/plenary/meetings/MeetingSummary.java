package org.plenary.meetings;

import java.time.LocalDate;
import java.time.ZoneId;

import org.plenary.shared.LocalizedText;

/** A meeting as lists show it, read without its agenda, time plan and annexes. */
public record MeetingSummary(MeetingId id, String code, int studyGroup, LocalizedText title, LocalizedText place,
        LocalDate firstDay, LocalDate lastDay, ZoneId zone, long version) {
}
