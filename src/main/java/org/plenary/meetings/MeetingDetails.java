package org.plenary.meetings;

import org.plenary.shared.TextSize;
import org.plenary.shared.InputLimits;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

import org.plenary.shared.LocalizedText;

/** The editable core of a meeting (what the secretariat's edit page and {@code PUT /api/v1/meetings/{code}} carry). */
public record MeetingDetails(@TextSize(max = InputLimits.TITLE) LocalizedText title,
        @TextSize(max = InputLimits.NAME) LocalizedText place, @TextSize(max = InputLimits.NAME) LocalizedText venue,
        LocalDate firstDay, LocalDate lastDay, @Size(max = InputLimits.CODE * 2) String timeZone, LocalTime openingTime,
        LocalTime registrationTime, @TextSize(max = InputLimits.NAME) LocalizedText registrationPlace,
        @TextSize(max = InputLimits.NAME) LocalizedText chair, @Size(max = InputLimits.NAME) String contactEmail,
        @Size(max = InputLimits.CODE) String contactPhone) {

    public static MeetingDetails of(Meeting m) {
        return new MeetingDetails(m.title(), m.place(), m.venue(), m.firstDay(), m.lastDay(), m.zone().getId(),
                m.openingTime(), m.registrationTime(), m.registrationPlace(), m.chair(), m.contact().email(),
                m.contact().phone());
    }
}
