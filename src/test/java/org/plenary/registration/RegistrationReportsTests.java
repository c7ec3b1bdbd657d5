package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.ItuRegion;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.meetings.Meeting;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RegistrationReportsTests extends RegistrationTestBase {

    @Autowired
    RegistrationReports reports;

    @Test
    void filtersCountsAndExportsForTheSecretariat() throws Exception {
        Organisation kenya = fx.organisation(MembershipCategory.MEMBER_STATE, "KE", true);
        Organisation nokia = fx.organisation(MembershipCategory.SECTOR_MEMBER, "FI", false);
        Account a = fx.confirmedDelegate(kenya);
        Account b = fx.confirmedDelegate(kenya);
        Account c = fx.delegate();
        users.as(a, () -> registrationSubmission.submit(meeting.id(), new RegistrationForm(kenya.id(), true, true, "female",
                "=cmd|' /C calc'!A0", "fr", false, false, false, false, null)));
        users.as(b, () -> registrationSubmission.submit(meeting.id(), Fixtures.visa(kenya)));
        users.as(c, () -> registrationSubmission.submit(meeting.id(), new RegistrationForm(nokia.id(), false, false, "male",
                null, null, false, true, false, false, null)));

        List<RegistrationRow> all = users.as(fx.secretariat, () -> reports.rows(meeting.id(), RegistrationFilter.none()));
        assertThat(all).hasSize(3);
        RegistrationReports.Counts counts = reports.counts(all);
        assertThat(counts.byRegion()).containsEntry(ItuRegion.AFRICA, 2L).containsEntry(ItuRegion.EUROPE, 1L);
        assertThat(counts.byCategory()).containsEntry(MembershipCategory.MEMBER_STATE, 2L)
                .containsEntry(MembershipCategory.SECTOR_MEMBER, 1L);
        assertThat(counts.byGender()).containsEntry("female", 2L).containsEntry("male", 1L);

        assertThat(rows(fx, meeting, new RegistrationFilter(null, null, null, null, false, null, null))).containsExactly(c.name());
        assertThat(rows(fx, meeting, new RegistrationFilter(null, null, null, null, null, RequestKind.VISA, null))).containsExactly(b.name());
        assertThat(rows(fx, meeting, new RegistrationFilter(null, null, null, null, null, RequestKind.INTERPRETATION, null))).containsExactly(a.name());
        assertThat(rows(fx, meeting, new RegistrationFilter(null, null, null, null, null, RequestKind.CAPTIONING, null))).containsExactly(c.name());
        assertThat(rows(fx, meeting, new RegistrationFilter(RegistrationStatus.SUBMITTED, null, null, null, null, null, null))).containsExactly(c.name());
        assertThat(rows(fx, meeting, new RegistrationFilter(null, MembershipCategory.SECTOR_MEMBER, null, null, null, null, null))).containsExactly(c.name());
        assertThat(rows(fx, meeting, new RegistrationFilter(null, null, "ke", null, null, null, null))).containsExactlyInAnyOrder(a.name(), b.name());
        assertThat(rows(fx, meeting, new RegistrationFilter(null, null, null, ItuRegion.EUROPE, null, null, null))).containsExactly(c.name());
        assertThat(rows(fx, meeting, new RegistrationFilter(null, null, null, null, null, null, true))).isEmpty();

        String csv = new String(reports.csv(all, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains(a.email()).contains("'=cmd|' /C calc'!A0").contains("Africa").doesNotContain(",=cmd");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(reports.xlsx(all, Locale.ENGLISH)))) {
            assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(4);
            List<String> names = new ArrayList<>();
            for (int i = 1; i < 4; i++) {
                names.add(wb.getSheetAt(0).getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(names).containsExactlyInAnyOrder(a.name(), b.name(), c.name());
        }
    }

    private List<String> rows(Fixtures fx, Meeting meeting, RegistrationFilter f) {
        return users.as(fx.secretariat, () -> reports.rows(meeting.id(), f)).stream().map(r -> r.account().name())
                .toList();
    }
}
