package org.plenary.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingDetails;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.MeetingSetup;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationForm;
import org.plenary.registration.RegistrationDecisions;
import org.plenary.registration.RegistrationSubmission;
import org.plenary.shared.LocalizedText;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Visa letters print the passport name in every script a delegate's name can have (issue 14). */
@IntegrationTest
class VisaLetterScriptsTests {

    /** Chinese, Arabic (compared in logical order), Russian and Vietnamese (stacked diacritics). */
    static final List<String> NAMES = List.of("王小明", "محمد عبد الله", "Иванов Сергей", "Nguyễn Thị Ánh");

    @Autowired
    VisaLetters visas;
    @Autowired
    RegistrationSubmission registrationSubmission;
    @Autowired
    RegistrationDecisions registrationDecisions;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingSetup meetingSetup;
    @Autowired
    Directory directory;
    @Autowired
    TestUsers users;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void passportNamesInChineseArabicRussianAndVietnameseReadBackFromTheIssuedLetterInEveryLanguage() {
        Account sec = users.create("Visa Secretariat", Role.SECRETARIAT);
        LocalDate first = LocalDate.of(2026, 9, 14);
        Meeting m = users.as(sec, () -> meetingSetup.create("VS-" + unique(), 12, new MeetingDetails(
                LocalizedText.en("Visa scripts meeting"), LocalizedText.en("Geneva"), LocalizedText.en("ITU"), first,
                first.plusDays(4), "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30), null, null,
                "tsbsg12@itu.int", null)));
        Organisation org = users.as(sec, () -> directory.create("Administration VN " + unique(), "VN",
                MembershipCategory.MEMBER_STATE, null, false));
        Account fp = users.create("Focal " + unique(), Role.FOCAL_POINT);
        users.as(sec, () -> directory.addFocalPoint(org.id(), fp.id()));
        for (String name : NAMES) {
            Account d = users.create(name, Role.DELEGATE);
            Registration r = users.as(d, () -> registrationSubmission.submit(m.id(), new RegistrationForm(org.id(), true,
                    false, null, null, null, false, false, false, true, new Registration.Passport(name,
                            "P" + unique().toUpperCase(), "VN", LocalDate.of(2031, 1, 31), LocalDate.of(1988, 7, 2)))));
            users.as(fp, () -> registrationDecisions.approve(r.id()));
            users.as(d, () -> visas.nameEmbassy(m.code(), "Embassy of Switzerland in Hanoi"));
            users.as(sec, () -> visas.issue(r.id().value()));
            for (String lang : List.of("en", "zh", "ar")) {
                String text = LetterReading.pdfText(users.as(d, () -> visas.pdf(r.id().value(),
                        Locale.forLanguageTag(lang))));
                assertThat(text).as("%s in the %s letter", name, lang).contains(name).doesNotContain("?", "\uFFFD");
            }
        }
    }
}
