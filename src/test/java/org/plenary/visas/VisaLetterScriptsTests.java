package org.plenary.visas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.registration.Registration;
import org.plenary.support.IntegrationTest;
import org.plenary.support.PdfText;
import org.plenary.support.TestUsers;
import org.plenary.visas.VisaWorlds.World;
import org.springframework.beans.factory.annotation.Autowired;

/** Visa letters print the passport name in every script a delegate's name can have (issue 14). */
@IntegrationTest
class VisaLetterScriptsTests {

    /** Chinese, Arabic (compared in logical order), Russian and Vietnamese (stacked diacritics). */
    static final List<String> NAMES = List.of("王小明", "محمد عبد الله", "Иванов Сергей", "Nguyễn Thị Ánh");

    @Autowired
    VisaLetters visas;
    @Autowired
    VisaWorlds worlds;
    @Autowired
    TestUsers users;

    @Test
    void passportNamesInChineseArabicRussianAndVietnameseReadBackFromTheIssuedLetterInEveryLanguage() {
        World w = worlds.create(LocalDate.of(2026, 9, 14), "VN");
        for (String name : NAMES) {
            Account d = users.create(name, Role.DELEGATE);
            Registration r = worlds.request(w, d, name);
            worlds.approveNameAndIssue(w, d, r, "Embassy of Switzerland in Hanoi");
            for (String lang : List.of("en", "zh", "ar")) {
                String text = PdfText.of(users.as(d, () -> visas.pdf(r.id().value(),
                        Locale.forLanguageTag(lang))));
                assertThat(text).as("%s in the %s letter", name, lang).contains(name).doesNotContain("?", "\uFFFD");
            }
        }
    }
}
