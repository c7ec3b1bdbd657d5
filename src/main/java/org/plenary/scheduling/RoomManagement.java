package org.plenary.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rooms of a venue: listing them, and adding one (the secretariat only). */
@Service
public class RoomManagement {

    private final MeetingManagement meetings;
    private final Rooms rooms;

    RoomManagement(MeetingManagement meetings, Rooms rooms) {
        this.meetings = meetings;
        this.rooms = rooms;
    }

    /** Rooms belong to a venue, named as the meeting's venue in English. */
    public static String venueOf(Meeting m) {
        return m.venue().in(Locale.ENGLISH);
    }

    public List<Room> rooms(String code) {
        return rooms.ofVenue(venueOf(meetings.get(code)));
    }

    public List<Room> roomsOfVenue(String venue) {
        return rooms.ofVenue(venue);
    }

    /** A new room. Refuses negative capacity or booths, a missing name, a name taken in the venue. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Room addRoom(String venue, String name, String building, String floor, int capacity, int booths,
            boolean remoteEquipment, Set<LocalDate> unavailable) {
        if (venue == null || venue.isBlank() || name == null || name.isBlank()) {
            throw PlenaryException.invalid("scheduling.room.nameRequired");
        }
        if (capacity < 0) {
            throw PlenaryException.invalid("scheduling.room.capacityNegative", capacity);
        }
        if (booths < 0) {
            throw PlenaryException.invalid("scheduling.room.boothsNegative", booths);
        }
        if (rooms.ofVenue(venue.strip()).stream().anyMatch(r -> r.name().equalsIgnoreCase(name.strip()))) {
            throw PlenaryException.conflict("scheduling.room.nameTaken", name.strip());
        }
        Room r = new Room(UUID.randomUUID(), venue.strip(), name.strip(), Objects.toString(building, "").strip(),
                Objects.toString(floor, "").strip(), capacity, booths, remoteEquipment, false,
                unavailable == null ? Set.of() : Set.copyOf(unavailable));
        rooms.insert(r);
        return r;
    }
}
