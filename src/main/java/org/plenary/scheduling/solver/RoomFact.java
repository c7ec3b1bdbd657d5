package org.plenary.scheduling.solver;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A room as the solver sees it. */
public record RoomFact(UUID id, String name, int capacity, int booths, boolean remoteEquipment,
        Set<LocalDate> unavailableDays) {

    @Override
    public String toString() {
        return name;
    }
}
