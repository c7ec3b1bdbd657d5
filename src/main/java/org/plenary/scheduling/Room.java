package org.plenary.scheduling;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting room of a venue: where it is, how many people it seats, how many interpretation
 * booths (languages) and whether it has remote-participation equipment, and the days it is not
 * available. {@code demo} marks the demo data's rooms (ITU headquarters, labelled as such).
 */
public record Room(UUID id, String venue, String name, String building, String floor, int capacity, int booths,
        boolean remoteEquipment, boolean demo, Set<LocalDate> unavailableDays) {

    public boolean availableOn(LocalDate day) {
        return !unavailableDays.contains(day);
    }
}
