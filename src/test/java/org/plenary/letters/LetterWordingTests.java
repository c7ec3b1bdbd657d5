package org.plenary.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingDetails;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.MeetingInformation;
import org.plenary.meetings.MeetingSetup;
import org.plenary.shared.Languages;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The letter's paragraphs as data: the same paragraphs and facts in every language, present only when the meeting has what they speak of, worded per meeting by the secretariat. */
@IntegrationTest
class LetterWordingTests {

    private static final Locale ZH = Locale.forLanguageTag("zh");

    @Autowired
    CollectiveLetters letters;
    @Autowired
    ParagraphOverrides overrides;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingSetup meetingSetup;
    @Autowired
    MeetingInformation meetingInformation;
    @Autowired
    TestUsers users;

    @Test
    void everyLanguageHasChinesesParagraphsCitingTheSameFactsAndNumbers() {
        Properties zh = StandardWording.paragraphs("zh");
        for (String lang : Languages.CODES) {
            Properties p = StandardWording.paragraphs(lang);
            assertThat(p.stringPropertyNames()).as(lang).isEqualTo(zh.stringPropertyNames());
            for (String key : zh.stringPropertyNames()) {
                if (key.startsWith("format.")) {
                    continue;
                }
                assertThat(sorted(StandardWording.factsOf(p.getProperty(key)))).as("%s %s facts", lang, key)
                        .isEqualTo(sorted(StandardWording.factsOf(zh.getProperty(key))));
                assertThat(literalNumbers(p.getProperty(key))).as("%s %s numbers", lang, key)
                        .isEqualTo(literalNumbers(zh.getProperty(key)));
                assertThat(p.getProperty(key).split("\n", -1)).as("%s %s paragraphs", lang, key)
                        .hasSameSizeAs(zh.getProperty(key).split("\n", -1));
            }
        }
    }

    @Test
    void theEnglishLetterSaysWhatTheChineseSaysParagraphByParagraph() {
        CollectiveLetter zh = letters.letter(SeedLetter.CODE, ZH);
        CollectiveLetter en = letters.letter(SeedLetter.CODE, Locale.ENGLISH);
        List<String> zhParas = paragraphs(zh);
        List<String> enParas = paragraphs(en);
        assertThat(enParas).hasSameSizeAs(zhParas);
        assertThat(zhParas).hasSize(25);
        for (int i = 0; i < zhParas.size(); i++) {
            assertThat(facts(enParas.get(i), Locale.ENGLISH)).as("paragraph %d: %s", i, enParas.get(i))
                    .isEqualTo(facts(zhParas.get(i), ZH));
        }
        assertThat(String.join("\n", enParas)).contains("9 to 17 June 2026", "28 April 2026", "fellowships@itu.int",
                "+41 22 730 57 78", "travel@itu.int", "at least six weeks", "after 15 days", "24 hours",
                "(14:00-18:00)", "TSB Circular 113");
    }

    @Test
    void aMeetingWithoutFellowshipsOrVisaSupportSaysNothingOfThemAndTheSecretariatRewordsItsLetter() {
        var secretariat = users.create("Wording Secretariat", Role.SECRETARIAT);
        var delegate = users.create("Wording Delegate", Role.DELEGATE);
        String code = "LW-" + UUID.randomUUID().toString().substring(0, 8);
        users.as(secretariat, () -> meetingSetup.create(code, 12, new MeetingDetails(LocalizedText.en("Meeting of Study Group 12"),
                LocalizedText.en("Geneva"), LocalizedText.en("ITU headquarters"), LocalDate.of(2027, 9, 6),
                LocalDate.of(2027, 9, 10), "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30), null, null,
                "sg@example.org", null)));
        users.as(secretariat, () -> meetingInformation.replacePracticalInformation(code, List.of(
                new Meeting.PracticalSection("interpretation", LocalizedText.en("Interpretation"), LocalizedText.en("x")),
                new Meeting.PracticalSection("visa", LocalizedText.en("Visa support"), LocalizedText.en("x")))));

        String text = String.join("\n", paragraphs(letters.letter(code, Locale.ENGLISH)));
        assertThat(text).doesNotContain("fellowship request form", "fellowships@itu.int")
                .contains("Owing to budget constraints", "travel@itu.int", "at least six weeks");

        users.as(secretariat, () -> {
            overrides.set(code, "*", "fact.travelEmail", "visa-desk@itu.int", null);
            overrides.set(code, "en", "annexA.interpretation", "", null);
            overrides.set(code, "en", "body.firstDay", "Registration opens at {registrationTime} sharp.", null);
        });
        text = String.join("\n", paragraphs(letters.letter(code, Locale.ENGLISH)));
        assertThat(text).contains("visa-desk@itu.int", "Registration opens at 08:30 sharp.")
                .doesNotContain("travel@itu.int", "Owing to budget constraints");
        // Chinese keeps TSB's wording of the paragraph reworded in English; the fact holds in every language.
        String zh = String.join("\n", paragraphs(letters.letter(code, ZH)));
        assertThat(zh).contains("因预算限制", "visa-desk@itu.int");

        users.as(secretariat, () -> overrides.reset(code, "en", "annexA.interpretation", null));
        assertThat(String.join("\n", paragraphs(letters.letter(code, Locale.ENGLISH)))).contains("Owing to budget constraints");
        assertThat(overrides.of(code, "en")).extracting(ParagraphOverrides.Override::key).containsExactly("body.firstDay");

        assertThatThrownBy(() -> users.as(delegate, () -> overrides.set(code, "en", "body.bsg", "x", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(secretariat, () -> overrides.set(code, "en", "format.bullet", "x", null)))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("letter.override.key"));
        assertThatThrownBy(() -> users.as(secretariat, () -> overrides.set(code, "xx", "body.bsg", "x", null)))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("letter.override.language"));
    }

    /** The body and Annex A, paragraph by paragraph (run-in labels stripped). */
    static List<String> paragraphs(CollectiveLetter l) {
        List<String> list = new ArrayList<>(l.body());
        l.annexA().groups().forEach(g -> g.items().forEach(i -> list.addAll(i.paragraphs())));
        return list;
    }

    private static final Pattern EMAIL_OR_URL = Pattern.compile("https?://[^\\s）)]*[^\\s）).。]|[\\w.+-]+@[\\w.-]+\\w");

    /** Addresses, dates (as ISO days), times and the other numbers a paragraph states. */
    static List<String> facts(String text, Locale locale) {
        List<String> facts = new ArrayList<>();
        Matcher m = EMAIL_OR_URL.matcher(text);
        while (m.find()) {
            facts.add(m.group());
        }
        String rest = EMAIL_OR_URL.matcher(text).replaceAll(" ");
        if (locale.equals(ZH)) {
            rest = replace(rest, "(\\d{4})年(\\d{1,2})月(\\d{1,2})至(\\d{1,2})日", r -> iso(r, 1, 2, 3) + " " + iso(r, 1, 2, 4), facts);
            rest = replace(rest, "(\\d{4})年(\\d{1,2})月(\\d{1,2})日", r -> iso(r, 1, 2, 3), facts);
            rest = rest.replaceAll("(\\d{1,2})时", "$1:00");
        } else {
            String months = Stream.of(Month.values()).map(x -> x.getDisplayName(TextStyle.FULL, Locale.UK))
                    .reduce((a, b) -> a + "|" + b).orElseThrow();
            rest = replace(rest, "(\\d{1,2}) to (\\d{1,2}) (" + months + ") (\\d{4})",
                    r -> LocalDate.of(Integer.parseInt(r.group(4)), month(r.group(3)), Integer.parseInt(r.group(1))) + " "
                            + LocalDate.of(Integer.parseInt(r.group(4)), month(r.group(3)), Integer.parseInt(r.group(2))), facts);
            rest = replace(rest, "(\\d{1,2}) (" + months + ") (\\d{4})",
                    r -> LocalDate.of(Integer.parseInt(r.group(3)), month(r.group(2)), Integer.parseInt(r.group(1))).toString(), facts);
        }
        Matcher n = Pattern.compile("\\d+(:\\d\\d)?").matcher(rest.replaceAll("(\\d) (\\d)", "$1$2"));
        while (n.find()) {
            facts.add(n.group());
        }
        return sorted(facts);
    }

    private static String replace(String text, String regex, Function<Matcher, String> iso,
            List<String> facts) {
        Matcher m = Pattern.compile(regex).matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            facts.addAll(List.of(iso.apply(m).split(" ")));
            m.appendReplacement(sb, " ");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String iso(Matcher m, int y, int mo, int d) {
        return LocalDate.of(Integer.parseInt(m.group(y)), Integer.parseInt(m.group(mo)), Integer.parseInt(m.group(d))).toString();
    }

    private static int month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }

    private static List<String> literalNumbers(String template) {
        String literal = template.replaceAll("\\{[A-Za-z0-9]+\\}", " ");
        return sorted(Pattern.compile("\\d+").matcher(literal).results().map(r -> r.group()).toList());
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
