package org.plenary.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.plenary.shared.PublicContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rooms of venues and the days they are not available. */
@Repository
class Rooms {

    private final JdbcClient jdbc;
    private final PublicContent publicContent;

    Rooms(JdbcClient jdbc, PublicContent publicContent) {
        this.jdbc = jdbc;
        this.publicContent = publicContent;
    }

    List<Room> ofVenue(String venue) {
        Map<UUID, Set<LocalDate>> closed = new HashMap<>();
        jdbc.sql("""
                select u.room_id, u.day from scheduling_room_unavailable u
                join scheduling_room r on r.id = u.room_id where r.venue = :v""").param("v", venue)
                .query((ResultSet rs) -> {
                    closed.computeIfAbsent(rs.getObject("room_id", UUID.class), k -> new HashSet<>())
                            .add(rs.getObject("day", LocalDate.class));
                });
        return jdbc.sql("select * from scheduling_room where venue = :v order by building, name").param("v", venue)
                .query((rs, i) -> map(rs, closed.getOrDefault(rs.getObject("id", UUID.class), Set.of()))).list();
    }

    Optional<Room> byId(UUID id) {
        Set<LocalDate> closed = new HashSet<>(jdbc.sql("select day from scheduling_room_unavailable where room_id = :r")
                .param("r", id).query(LocalDate.class).list());
        return jdbc.sql("select * from scheduling_room where id = :r").param("r", id)
                .query((rs, i) -> map(rs, closed)).optional();
    }

    boolean anyInVenue(String venue) {
        return jdbc.sql("select exists(select 1 from scheduling_room where venue = :v)").param("v", venue)
                .query(Boolean.class).single();
    }

    void insert(Room r) {
        jdbc.sql("""
                insert into scheduling_room (id, venue, name, building, floor, capacity, booths, remote_equipment, demo)
                values (:id, :venue, :name, :building, :floor, :capacity, :booths, :remote, :demo)""")
                .param("id", r.id()).param("venue", r.venue()).param("name", r.name()).param("building", r.building())
                .param("floor", r.floor()).param("capacity", r.capacity()).param("booths", r.booths())
                .param("remote", r.remoteEquipment()).param("demo", r.demo()).update();
        setUnavailable(r.id(), r.unavailableDays());
    }

    void setUnavailable(UUID room, Set<LocalDate> days) {
        jdbc.sql("delete from scheduling_room_unavailable where room_id = :r").param("r", room).update();
        for (LocalDate d : days) {
            jdbc.sql("insert into scheduling_room_unavailable (room_id, day) values (:r, :d)").param("r", room)
                    .param("d", d).update();
        }
        publicContent.changed(); // room names and availability show on public plans and boards
    }

    private static Room map(ResultSet rs, Set<LocalDate> closed) throws SQLException {
        return new Room(rs.getObject("id", UUID.class), rs.getString("venue"), rs.getString("name"),
                rs.getString("building"), rs.getString("floor"), rs.getInt("capacity"), rs.getInt("booths"),
                rs.getBoolean("remote_equipment"), rs.getBoolean("demo"), Set.copyOf(closed));
    }
}
