package org.plenary.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two published versions: sessions added, removed, and changed (with the fields). */
public record VersionDiff(int from, int to, List<Session> added, List<Session> removed, List<Change> changed) {

    public record Change(Session before, Session after, List<String> fields) {
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    static VersionDiff between(int from, List<Session> before, int to, List<Session> after) {
        Map<UUID, Session> old = before.stream().collect(Collectors.toMap(Session::id, Function.identity()));
        Map<UUID, Session> now = after.stream().collect(Collectors.toMap(Session::id, Function.identity()));
        List<Session> added = after.stream().filter(s -> !old.containsKey(s.id())).toList();
        List<Session> removed = before.stream().filter(s -> !now.containsKey(s.id())).toList();
        List<Change> changed = new ArrayList<>();
        for (Session a : after) {
            Session b = old.get(a.id());
            if (b == null) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            check(fields, "day", b.day(), a.day());
            check(fields, "time", b.start() + "-" + b.end(), a.start() + "-" + a.end());
            check(fields, "room", b.roomId(), a.roomId());
            check(fields, "chair", b.chair(), a.chair());
            check(fields, "title", b.title(), a.title());
            check(fields, "questions", b.questions(), a.questions());
            check(fields, "interpretation", b.interpretation(), a.interpretation());
            check(fields, "remote", b.remote(), a.remote());
            if (!fields.isEmpty()) {
                changed.add(new Change(b, a, fields));
            }
        }
        return new VersionDiff(from, to, added, removed, changed);
    }

    private static void check(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}
