package org.plenary.meetings;

import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

/** The time zones a meeting may take, for the forms' select: the tz database's regions (what calendars know), sorted. */
@Component("zones")
public class Zones {

    private static final List<String> IDS = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted().toList();

    public List<String> ids() {
        return IDS;
    }

    /** The list with {@code current} in it, so that a form never silently changes a zone it does not list. */
    public List<String> with(String current) {
        if (current == null || current.isBlank() || IDS.contains(current)) {
            return IDS;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(current), IDS.stream()).toList();
    }
}
