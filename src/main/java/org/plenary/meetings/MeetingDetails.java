package org.plenary.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

import org.plenary.shared.LocalizedText;

/** The editable core of a meeting (what the secretariat's edit page and {@code PUT /api/v1/meetings/{code}} carry). */
public record MeetingDetails(LocalizedText title, LocalizedText place, LocalizedText venue, LocalDate firstDay,
        LocalDate lastDay, String timeZone, LocalTime openingTime, LocalTime registrationTime,
        LocalizedText registrationPlace, LocalizedText chair, String contactEmail, String contactPhone) {

    public static MeetingDetails of(Meeting m) {
        return new MeetingDetails(m.title(), m.place(), m.venue(), m.firstDay(), m.lastDay(), m.zone().getId(),
                m.openingTime(), m.registrationTime(), m.registrationPlace(), m.chair(), m.contact().email(),
                m.contact().phone());
    }
}
