package org.plenary.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.letters.LetterReading.cells;
import static org.plenary.letters.LetterReading.docx;
import static org.plenary.letters.LetterReading.paragraphs;
import static org.plenary.letters.LetterReading.pdfFonts;
import static org.plenary.support.PdfText.squeezed;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
import org.plenary.support.PdfText;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The collective letter generated from the demo meeting, read back from PDF (PDFBox) and DOCX (POI). */
@IntegrationTest
class CollectiveLetterTests {

    private static final Locale ZH = Locale.forLanguageTag("zh");
    private static final Locale AR = Locale.forLanguageTag("ar");

    @Autowired
    CollectiveLetters letters;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingSetup meetingSetup;
    @Autowired
    MeetingInformation meetingInformation;
    @Autowired
    TestUsers users;

    /** The demo meeting's agenda as stored (number, English, Chinese): one copy, in meetings.DemoMeeting. */
    private List<String[]> agenda() {
        List<String[]> items = meetings.get(SeedLetter.CODE).agenda().stream()
                .map(a -> new String[] {a.number(), a.title().get("en"), a.title().get("zh")}).toList();
        assertThat(items).as("Annex B's agenda, sub-items included").hasSize(26);
        return items;
    }

    @Test
    void chinesePdfCarriesTheSeedLettersDatesDeadlinesAgendaAndTimePlan() {
        String text = squeezed(PdfText.of(letters.pdf(SeedLetter.CODE, ZH)));

        assertThat(text).contains("国际电信联盟", "电信标准化局", "2026年2月3日，日内瓦", "电信标准化局第4/12号集体函",
                "SG12/MA", "+41227306828", "tsbsg12@itu.int", "国际电联各成员国主管部门", "巴勒斯坦国",
                "事由：", "第12研究组的会议；2026年6月9日至17日，日内瓦", "尊敬的先生/女士：",
                squeezed("我高兴地邀请您出席ITU-T第12研究组（性能、服务质量和体验质量）计划于2026年6月9至17日（含）在日内瓦国际电信联盟（ITU）总部召开的下次会议。"),
                "国际电联卫星互联网服务质量和体验质量问题讲习班", "第一天的会议将自09:30开始", "08:30",
                "Montbrillant大楼入口处", "TaniaVillaTrápala女士（墨西哥）", "关键截止日期", "顺致敬意，", "（原件已签）",
                "电信标准化局主任", "尾上诚藏", "附件A", "会议实用信息", "附件B", "议程和时间计划草案",
                "注–议程的更新见SG12-TD360。", "注–最新时间表见SG12-TD361。");
        int at = text.indexOf("关键截止日期");
        for (List<String> row : SeedLetter.DEADLINES_ZH) {
            for (String s : row) {
                int next = text.indexOf(squeezed(s), at);
                assertThat(next).as("deadline text %s in order", s).isGreaterThan(at);
                at = next;
            }
        }
        at = text.indexOf("议程和时间计划草案");
        for (String[] item : agenda()) {
            int next = text.indexOf(item[0] + squeezed(item[2]), at);
            assertThat(next).as("agenda item %s %s in order", item[0], item[2]).isGreaterThan(at);
            at = next;
        }
        at = text.indexOf("时间计划草案", at);
        for (List<String> row : SeedLetter.TIME_PLAN_ZH) {
            for (String cell : row) {
                int next = text.indexOf(squeezed(cell), at);
                assertThat(next).as("time-plan cell %s in order", cell).isGreaterThanOrEqualTo(at);
                at = next;
            }
        }
    }

    @Test
    void chineseDocxCarriesTheSameFactsInParagraphsAndTables() {
        XWPFDocument doc = docx(letters.docx(SeedLetter.CODE, ZH));
        List<String> paragraphs = paragraphs(doc);
        assertThat(paragraphs).contains("2026年2月3日，日内瓦", "事由： 第12研究组的会议；2026年6月9日至17日，日内瓦",
                "尊敬的先生/女士：", "· 国际电联各成员国主管部门；", "尾上诚藏", "附件A", "附件B");

        List<String> agenda = paragraphs.stream().filter(p -> p.matches("\\d+(\\.\\d+)?\t.*")).toList();
        assertThat(agenda).containsExactlyElementsOf(agenda().stream().map(a -> a[0] + "\t" + a[2]).toList());
        assertThat(agenda.stream().filter(a -> !a.contains("."))).hasSize(17);

        List<List<String>> deadlines = cells(doc.getTables().get(1));
        assertThat(deadlines).hasSize(4);
        for (int i = 0; i < 4; i++) {
            List<String> expected = SeedLetter.DEADLINES_ZH.get(i);
            assertThat(deadlines.get(i).get(0)).isEqualTo(expected.get(0));
            assertThat(deadlines.get(i).get(1).split("\n"))
                    .containsExactlyElementsOf(expected.subList(1, expected.size()).stream().map(s -> "· " + s).toList());
        }

        List<List<String>> plan = cells(doc.getTables().get(2));
        assertThat(plan.get(0)).containsExactly("", "上午", "下午");
        assertThat(plan.subList(1, plan.size()).stream().map(CollectiveLetterTests::withoutTrailingBlanks).toList())
                .containsExactlyElementsOf(SeedLetter.TIME_PLAN_ZH);
    }

    @Test
    void englishLetterMatchesTheSpecsDeadlinesAgendaAndTimePlan() {
        String text = squeezed(PdfText.of(letters.pdf(SeedLetter.CODE, Locale.ENGLISH)));
        assertThat(text).contains(squeezed("Geneva, 3 February 2026"),
                squeezed("Meeting of Study Group 12; Geneva, 9-17 June 2026"),
                squeezed("ITU-T Study Group 12 (Performance, quality of service (QoS) and quality of experience (QoE))"));
        int at = text.indexOf(squeezed("Key deadlines"));
        for (String day : SeedLetter.DEADLINE_DAYS_EN) {
            int next = text.indexOf(squeezed(day), at);
            assertThat(next).as(day).isGreaterThan(at);
            at = next;
        }
        for (String[] item : agenda()) {
            assertThat(text).contains(item[0] + squeezed(item[1]));
        }

        XWPFDocument doc = docx(letters.docx(SeedLetter.CODE, Locale.ENGLISH));
        List<List<String>> deadlines = cells(doc.getTables().get(1));
        assertThat(deadlines.stream().map(r -> r.get(0)).toList()).containsExactlyElementsOf(SeedLetter.DEADLINE_DAYS_EN);
        assertThat(deadlines.get(0).get(1)).contains("captioning").contains("translation");
        assertThat(deadlines.get(1).get(1)).contains("fellowship").contains("interpretation");
        assertThat(deadlines.get(2).get(1)).contains("Pre-registration").contains("visa-support");
        assertThat(deadlines.get(3).get(1)).contains("Direct Document Submission");
        List<List<String>> plan = cells(doc.getTables().get(2));
        assertThat(plan.subList(1, plan.size()).stream().map(CollectiveLetterTests::withoutTrailingBlanks).toList())
                .containsExactlyElementsOf(SeedLetter.TIME_PLAN_EN);
    }

    @Test
    void arabicLetterComesBackIntactFromPdfAndDocxRightToLeft() {
        String text = PdfText.of(letters.pdf(SeedLetter.CODE, AR));
        assertThat(text).contains("حضرات السادة والسيدات", "المواعيد النهائية الرئيسية", "الاتحاد الدولي للاتصالات",
                "مكتب تقييس الاتصالات", "وتفضلوا بقبول فائق التقدير والاحترام");
        // Content the meeting lacks in Arabic falls back to English.
        assertThat(squeezed(text)).contains("Openingofthemeeting", "SeizoOnoe");

        XWPFDocument doc = docx(letters.docx(SeedLetter.CODE, AR));
        XWPFParagraph salutation = doc.getParagraphs().stream()
                .filter(p -> p.getText().equals("حضرات السادة والسيدات،")).findFirst().orElseThrow();
        assertThat(salutation.getCTP().getPPr().isSetBidi()).isTrue();
        assertThat(salutation.getRuns().get(0).getCTR().getRPr().sizeOfRtlArray()).isEqualTo(1);
        // The phone number keeps its reading order inside the right-to-left table.
        assertThat(cells(doc.getTables().get(0))).contains(List.of("الهاتف:", "\u202A+41 22 730 6828\u202C"));
    }

    @Test
    void fontsComeFromTheApplicationAndAreEmbeddedAsSubsets() {
        byte[] zh = letters.pdf(SeedLetter.CODE, ZH);
        byte[] ar = letters.pdf(SeedLetter.CODE, AR);
        for (byte[] pdf : List.of(zh, ar)) {
            assertThat(pdfFonts(pdf)).isNotEmpty().allSatisfy(f -> {
                assertThat(f.embedded()).as(f.name()).isTrue();
                assertThat(f.name()).as("subset tag").matches("[A-Z]{6}\\+Noto.*");
            });
        }
        assertThat(pdfFonts(zh)).anySatisfy(f -> assertThat(f.name()).contains("NotoSansSC"));
        assertThat(pdfFonts(ar)).anySatisfy(f -> assertThat(f.name()).contains("NotoNaskhArabic"));
        // The Chinese font file is 10 MB; only the glyphs used travel in the letter.
        assertThat(zh.length).isLessThan(1_000_000);
    }

    @Test
    void everyLanguageHasTheStandardParagraphsAndNoUnfilledPlaceholders() {
        Map<String, String> salutations = Map.of("en", "Dear Sir/Madam,", "zh", "尊敬的先生/女士：",
                "fr", "Madame, Monsieur,", "es", "Muy Señora mía/Muy Señor mío:", "ru", "Уважаемая госпожа,",
                "ar", "حضرات السادة والسيدات،");
        for (String lang : Languages.CODES) {
            Locale l = Languages.locale(lang);
            String pdf = squeezed(PdfText.of(letters.pdf(SeedLetter.CODE, l)));
            String docx = String.join("\n", paragraphs(docx(letters.docx(SeedLetter.CODE, l))));
            assertThat(pdf).as(lang).contains(squeezed(salutations.get(lang)));
            assertThat(docx).as(lang).contains(salutations.get(lang));
            assertThat(pdf + docx).as(lang).doesNotContain("{0}", "{1}", "''", "letter.");
        }
        String fr = squeezed(PdfText.of(letters.pdf(SeedLetter.CODE, Locale.FRENCH)));
        assertThat(fr).contains(squeezed("J’ai l’honneur de vous inviter"), squeezed("9 avril 2026"),
                squeezed("27 mai 2026"), squeezed("Opening of the meeting"));
    }

    @Test
    void aMeetingWithOtherDatesGetsItsOwnDeadlinesAndIsADraftUntilDated() {
        var secretariat = users.create("Letters Secretariat", Role.SECRETARIAT);
        String code = "LT-" + UUID.randomUUID().toString().substring(0, 8);
        Meeting created = users.as(secretariat, () -> meetingSetup.create(code, 12, new MeetingDetails(
                LocalizedText.en("Meeting of Study Group 12"), LocalizedText.en("Geneva"),
                LocalizedText.en("ITU headquarters"), LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 19),
                "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30), null, null, "sg@example.org", null)));

        // A new meeting offers no fellowships, visa support or interpretation yet: nothing closes for them.
        CollectiveLetter bare = letters.letter(created.code(), Locale.ENGLISH);
        assertThat(bare.deadlines().stream().map(CollectiveLetter.DeadlineRow::day).toList()).containsExactly(
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 15), LocalDate.of(2027, 3, 2));
        users.as(secretariat, () -> meetingInformation.replacePracticalInformation(code, List.of(
                new Meeting.PracticalSection("fellowships", LocalizedText.en("Fellowships"), LocalizedText.en("offered")),
                new Meeting.PracticalSection("visa", LocalizedText.en("Visa support"), LocalizedText.en("offered")))));

        CollectiveLetter letter = letters.letter(created.code(), Locale.ENGLISH);
        assertThat(letter.deadlines().stream().map(CollectiveLetter.DeadlineRow::day).toList()).containsExactly(
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 15),
                LocalDate.of(2027, 3, 2));
        assertThat(letter.draft()).isTrue();
        assertThat(letter.letterhead().draftNote()).isNotBlank();
        assertThat(letter.subject()).isEqualTo("Meeting of Study Group 12; Geneva, 15-19 March 2027");
        assertThat(PdfText.of(letters.pdf(letter))).contains("DRAFT");
    }

    @Test
    void aMeetingWithoutDatesIsRefused() {
        Meeting demo = meetings.get(SeedLetter.CODE);
        Meeting undated = new Meeting(demo.id(), demo.code(), demo.studyGroup(), demo.title(), demo.place(),
                demo.venue(), null, null, demo.zone(), demo.openingTime(), demo.registrationTime(),
                demo.registrationPlace(), demo.chair(), demo.letter(), demo.contact(), demo.agendaUpdateRef(),
                demo.timePlanUpdateRef(), demo.coLocatedEvents(), demo.agenda(), demo.timePlan(),
                demo.practicalInformation(), demo.deadlineOverrides(), demo.version());
        assertThatThrownBy(() -> letters.letter(undated, Locale.ENGLISH)).isInstanceOfSatisfying(
                PlenaryException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("letter.noDates");
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                });
        assertThat(meetings.get(SeedLetter.CODE).version()).isEqualTo(demo.version());
    }

    private static List<String> withoutTrailingBlanks(List<String> row) {
        List<String> r = new ArrayList<>(row);
        while (!r.isEmpty() && r.get(r.size() - 1).isEmpty()) {
            r.remove(r.size() - 1);
        }
        return r;
    }
}
