package org.plenary.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/** Every .ics feed a test reads goes through here: one DTSTAMP per event, then ical4j's validator. */
public final class ICalendars {

    private ICalendars() {
    }

    public static Calendar validated(String body) throws IOException, ParserException {
        String[] events = body.split("BEGIN:VEVENT");
        for (int i = 1; i < events.length; i++) {
            assertThat(events[i].lines().filter(l -> l.startsWith("DTSTAMP")))
                    .as("RFC 5545: DTSTAMP exactly once per event").hasSize(1);
        }
        Calendar c = new CalendarBuilder().build(new StringReader(body));
        ValidationResult valid = c.validate();
        assertThat(valid.hasErrors()).as("ical4j validation: %s", valid).isFalse();
        return c;
    }

    public static java.util.List<String> uids(Calendar c) {
        return c.getComponents(net.fortuna.ical4j.model.Component.VEVENT).stream().map(VEvent.class::cast)
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
    }
}
