package org.plenary.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.plenary.meetings.Meeting;
import org.plenary.shared.LocalizedText;

/**
 * The collective letter's body and Annex A, paragraph by paragraph in TSB's order, each present
 * only when the meeting has what it speaks of: the co-located event paragraph per event, the
 * study group's work where TSB has a paragraph for it, the chair where there is one, and each
 * Annex A item where the meeting lists the topic in its practical information. Sections the
 * meeting adds beyond TSB's topics follow, in the meeting's own words.
 */
final class LetterBody {

    /** Annex A's groups and their items in TSB's order; an item is shown when the meeting has its topic. */
    static final List<List<String>> ANNEX_A = List.of(
            List.of("facilities", "documents", "interpretation", "wlan", "lockers", "printers", "laptops", "remote"),
            List.of("registration", "registration", "newcomers", "fellowships", "visa"),
            List.of("bsg", "bsg"),
            List.of("geneva", "geneva", "hotels"));

    private LetterBody() {
    }

    static List<String> body(Meeting m, LetterWording w, LetterTexts t) {
        Locale locale = t.locale();
        List<String> body = new ArrayList<>();
        w.text("body.invitation").ifPresent(body::add);
        for (Meeting.CoLocatedEvent e : m.coLocatedEvents()) {
            var facts = w.event(e, locale, t);
            w.text("body.coLocated", facts).or(() -> w.text("body.coLocated.noRef", facts)).ifPresent(body::add);
        }
        w.text("body.studyGroupWork." + m.studyGroup()).ifPresent(body::add);
        w.text("body.firstDay").ifPresent(body::add);
        (w.has("remote") ? w.first("body.practical", "body.practical.noRemote") : w.text("body.practical.noRemote"))
                .ifPresent(body::add);
        if (w.has("bsg")) {
            w.text("body.bsg").ifPresent(body::add);
        }
        w.first("body.annexB.chair", "body.annexB").ifPresent(body::add);
        return body;
    }

    static List<CollectiveLetter.Group> annexA(Meeting m, LetterWording w, Locale locale) {
        List<CollectiveLetter.Group> groups = new ArrayList<>();
        for (List<String> g : ANNEX_A) {
            List<CollectiveLetter.Item> items = new ArrayList<>();
            for (String key : g.subList(1, g.size())) {
                String topic = "hotels".equals(key) ? "geneva" : key;
                if (!w.has(topic)) {
                    continue;
                }
                w.text("annexA." + key).ifPresent(text -> items.add(new CollectiveLetter.Item(
                        w.text("annexA." + key + ".label").orElse(null), LetterWording.paragraphs(text))));
            }
            if (!items.isEmpty()) {
                groups.add(new CollectiveLetter.Group(w.text("annexA.group." + g.get(0)).orElse(null), items));
            }
        }
        Set<String> standard = Set.of("documents", "interpretation", "wlan", "lockers", "printers", "laptops",
                "remote", "registration", "newcomers", "fellowships", "visa", "bsg", "geneva");
        List<CollectiveLetter.Item> own = m.practicalInformation().stream()
                .filter(s -> !standard.contains(s.key()) && !s.body().in(locale).isBlank())
                .map(s -> new CollectiveLetter.Item(s.title().in(locale) + w.format("format.labelEnd"),
                        LetterWording.paragraphs(s.body().in(locale))))
                .toList();
        if (!own.isEmpty()) {
            groups.add(new CollectiveLetter.Group(null, own));
        }
        return groups;
    }

    /** Whether any meeting text the letter prints lacks the language (and so shows in another). */
    static boolean fallsBack(Meeting m, LocalizedText sgTitle, String language) {
        Stream<LocalizedText> texts = Stream.of(
                Stream.of(m.title(), m.place(), m.venue(), m.registrationPlace(), m.chair(), sgTitle,
                        m.letter().signatory(), m.letter().signatoryTitle()),
                m.letter().addressees().stream(),
                m.coLocatedEvents().stream().map(Meeting.CoLocatedEvent::title),
                m.agenda().stream().map(Meeting.AgendaItem::title),
                m.timePlan().stream().map(Meeting.TimePlanCell::text)).flatMap(s -> s);
        return texts.anyMatch(x -> !x.values().isEmpty() && !x.values().containsKey(language));
    }

    static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
