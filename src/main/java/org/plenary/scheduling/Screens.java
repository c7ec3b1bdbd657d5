package org.plenary.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.plenary.shared.PublicContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Room-display screens: each shows the rooms of a venue, or of one building of it. */
@Repository
class Screens {

    private final JdbcClient jdbc;
    private final PublicContent publicContent;

    Screens(JdbcClient jdbc, PublicContent publicContent) {
        this.jdbc = jdbc;
        this.publicContent = publicContent;
    }

    Optional<Screen> byKey(String key) {
        return jdbc.sql("select * from scheduling_screen where key = :k").param("k", key).query(Screens::map)
                .optional();
    }

    List<Screen> all() {
        return jdbc.sql("select * from scheduling_screen order by key").query(Screens::map).list();
    }

    private static Screen map(ResultSet rs, int row) throws SQLException {
        return new Screen(rs.getString("key"), rs.getString("name"), rs.getString("venue"), rs.getString("building"));
    }

    void upsert(Screen s) {
        jdbc.sql("""
                insert into scheduling_screen (key, name, venue, building) values (:k, :n, :v, :b)
                on conflict (key) do update set name = excluded.name, venue = excluded.venue, building = excluded.building""")
                .param("k", s.key()).param("n", s.name()).param("v", s.venue()).param("b", s.building()).update();
        publicContent.changed();
    }
}
