package org.plenary.letters;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.plenary.meetings.DeadlineEngine;
import org.plenary.meetings.DeadlineRule;
import org.plenary.meetings.Meeting;

/**
 * One letter's standard wording: the language's paragraphs ({@link StandardWording}), the
 * secretariat's overrides for the meeting ({@link ParagraphOverrides}) and the facts they cite,
 * taken from the meeting (dates, places, times, deadlines, durations of the deadline rules) and
 * from TSB's defaults (addresses), which the meeting may override too ("fact.&lt;name&gt;").
 * The meeting's practical-information sections say which topics the meeting has: Annex A speaks
 * of fellowships only when the meeting offers them, and so on.
 */
final class LetterWording {

    private static final Pattern TSB_CIRCULAR = Pattern.compile("(?i)TSB Circular\\s+(\\d+)");

    private final Properties texts;
    private final Properties english;
    private final Map<String, String> overrides;
    private final Map<String, String> facts;
    private final Set<String> topics;

    private LetterWording(Properties texts, Map<String, String> overrides, Map<String, String> facts,
            Set<String> topics) {
        this.texts = texts;
        this.english = StandardWording.paragraphs("en");
        this.overrides = overrides;
        this.facts = facts;
        this.topics = topics;
    }

    static LetterWording of(Meeting m, String sgTitle, LetterTexts t, Map<String, String> overrides) {
        Locale locale = t.locale();
        Properties texts = StandardWording.paragraphs(locale.getLanguage());
        Map<String, String> facts = new HashMap<>();
        StandardWording.facts().forEach((k, v) -> facts.put((String) k, (String) v));
        overrides.forEach((k, v) -> {
            if (k.startsWith("fact.")) {
                facts.put(k.substring(5), v);
            }
        });
        facts.put("sg", String.valueOf(m.studyGroup()));
        facts.put("sgTitle", sgTitle);
        facts.put("place", m.place().in(locale));
        facts.put("venue", m.venue().in(locale));
        facts.put("openingTime", t.time(m.openingTime()));
        facts.put("registrationTime", t.time(m.registrationTime()));
        facts.put("registrationPlace", m.registrationPlace().in(locale));
        facts.put("chair", m.chair().in(locale));
        facts.put("remoteHours", String.valueOf(DeadlineEngine.REMOTE_PARTICIPATION_HOURS));
        LocalDate first = m.firstDay();
        facts.put("dateRangeInclusive", inclusiveRange(texts, t, first, m.lastDay()));
        facts.put("interpretationWeeks", spell(locale, weeks(DeadlineRule.INTERPRETATION_REQUESTS, first)));
        facts.put("bsgWeeks", spell(locale, weeks(DeadlineRule.BSG_CONTRIBUTION_CLINIC, first)));
        // Registration must be approved before a fellowship request: a week ahead of its deadline.
        facts.put("fellowshipRegistrationWeeks", spell(locale, weeks(DeadlineRule.FELLOWSHIP_REQUESTS, first) + 1));
        facts.put("preRegistrationMonths", spell(locale, months(DeadlineRule.PRE_REGISTRATION, first)));
        facts.put("visaMonths", spell(locale, months(DeadlineRule.VISA_SUPPORT_REQUESTS, first)));
        facts.put("fellowshipDeadline", t.date(DeadlineEngine.deadline(m, DeadlineRule.FELLOWSHIP_REQUESTS).day()));
        Set<String> topics = m.practicalInformation().stream().map(Meeting.PracticalSection::key)
                .collect(Collectors.toSet());
        return new LetterWording(texts, overrides, facts, topics);
    }

    boolean has(String topic) {
        return topics.contains(topic);
    }

    /** The paragraph filled with the meeting's facts; empty when left out (override) or a fact is missing. */
    Optional<String> text(String key) {
        return text(key, Map.of());
    }

    Optional<String> text(String key, Map<String, String> more) {
        String template = overrides.containsKey(key) ? overrides.get(key) : raw(key);
        Map<String, String> all = more.isEmpty() ? facts : merged(more);
        return StandardWording.fill(template, all);
    }

    /** The first of the keys that yields a text (a variant and its plainer fallback). */
    Optional<String> first(String... keys) {
        for (String k : keys) {
            Optional<String> s = text(k);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    String raw(String key) {
        String s = texts.getProperty(key);
        return s != null ? s : english.getProperty(key);
    }

    String format(String key) {
        String s = raw(key);
        return s == null ? "" : s;
    }

    /** The co-located event paragraph's facts: title, day, hours and its reference (a TSB circular by number). */
    Map<String, String> event(Meeting.CoLocatedEvent e, Locale locale, LetterTexts t) {
        Map<String, String> f = new HashMap<>();
        f.put("eventTitle", e.title().in(locale));
        f.put("eventDate", t.date(e.day()));
        f.put("eventStart", eventTime(e.start()));
        f.put("eventEnd", eventTime(e.end()));
        if (e.reference() != null && !e.reference().isBlank()) {
            Matcher c = TSB_CIRCULAR.matcher(e.reference().strip());
            f.put("eventRef", c.matches() ? format("ref.circular").replace("{0}", c.group(1)) : e.reference().strip());
        }
        return f;
    }

    private String eventTime(LocalTime time) {
        if (time == null) {
            return "";
        }
        String pattern = time.getMinute() == 0 ? format("format.timeHour") : format("format.time");
        return DateTimeFormatter.ofPattern(pattern.isEmpty() ? "HH:mm" : pattern).format(time);
    }

    private Map<String, String> merged(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(facts);
        all.putAll(more);
        return all;
    }

    private static String inclusiveRange(Properties texts, LetterTexts t, LocalDate first, LocalDate last) {
        Map<String, String> f = Map.of("firstDay", t.date(first), "lastDay", t.date(last),
                "d1", String.valueOf(first.getDayOfMonth()), "d2", String.valueOf(last.getDayOfMonth()),
                "month", String.valueOf(first.getMonthValue()), "year", String.valueOf(first.getYear()));
        boolean sameMonth = first.getYear() == last.getYear() && first.getMonth() == last.getMonth();
        String key = sameMonth ? "format.dateRange.sameMonth" : "format.dateRange";
        String template = texts.getProperty(key, StandardWording.paragraphs("en").getProperty(key));
        return StandardWording.fill(template, f).orElse(t.dateRange(first, last));
    }

    private static long weeks(DeadlineRule rule, LocalDate first) {
        return ChronoUnit.WEEKS.between(rule.dayFor(first), first);
    }

    private static long months(DeadlineRule rule, LocalDate first) {
        return ChronoUnit.MONTHS.between(rule.dayFor(first), first);
    }

    /** Small numbers in words, as TSB writes them ("six weeks", "六周"). */
    private static String spell(Locale locale, long n) {
        return new RuleBasedNumberFormat(ULocale.forLocale(locale), RuleBasedNumberFormat.SPELLOUT).format(n);
    }

    static List<String> paragraphs(String text) {
        List<String> list = new ArrayList<>();
        for (String p : text.split("\n")) {
            if (!p.isBlank()) {
                list.add(p.strip());
            }
        }
        return list;
    }
}
