package org.plenary.secretariat;

import java.time.LocalDate;

/** Where a meeting stands today in its own zone. */
public enum Phase {
    RUNNING, UPCOMING, PAST;

    static Phase of(LocalDate today, LocalDate firstDay, LocalDate lastDay) {
        return today.isBefore(firstDay) ? UPCOMING : today.isAfter(lastDay) ? PAST : RUNNING;
    }

    public String messageKey() {
        return "controlRoom.phase." + name();
    }
}
