package org.plenary.documents;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingDetails;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.MeetingSetup;
import org.plenary.meetings.ProgrammeEditing;
import org.plenary.shared.LocalizedText;
import org.plenary.support.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test data for documents: meetings of SG12 on chosen dates, organisations of each category,
 * and delegates with an approved registration (written as the registration module stores it).
 */
@Component
class DocumentFixtures {

    private final TestUsers users;
    private final MeetingManagement meetings;
    private final MeetingSetup setup;
    private final ProgrammeEditing programme;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final Submissions submissions;
    private Account secretariat;

    DocumentFixtures(TestUsers users, MeetingManagement meetings, MeetingSetup setup, ProgrammeEditing programme,
            Directory directory, JdbcClient jdbc, Submissions submissions) {
        this.users = users;
        this.meetings = meetings;
        this.setup = setup;
        this.programme = programme;
        this.directory = directory;
        this.jdbc = jdbc;
        this.submissions = submissions;
    }

    synchronized Account secretariat() {
        if (secretariat == null) {
            secretariat = users.create("Documents Secretariat", Role.SECRETARIAT);
        }
        return secretariat;
    }

    /** A new SG12 meeting of five days from {@code firstDay}, with the demo meeting's agenda numbers 1-17. */
    Meeting meeting(LocalDate firstDay) {
        return meeting(12, firstDay);
    }

    Meeting meeting(int studyGroup, LocalDate firstDay) {
        String code = "D-" + UUID.randomUUID().toString().substring(0, 8);
        return users.as(secretariat(), () -> {
            setup.create(code, studyGroup, new MeetingDetails(LocalizedText.en("Documents test meeting"),
                    LocalizedText.en("Geneva"), LocalizedText.en("ITU"), firstDay, firstDay.plusDays(4),
                    "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30), null, null, null, null));
            for (int i = 1; i <= 17; i++) {
                programme.addAgendaItem(code, new Meeting.AgendaItem(String.valueOf(i), LocalizedText.en("Item " + i)));
            }
            return meetings.get(code);
        });
    }

    /** A study group of its own (random free number, no working parties), so that its counters start at 1. */
    int freshStudyGroup() {
        int sg = 100 + ThreadLocalRandom.current().nextInt(800);
        while (jdbc.sql("select count(*) from meetings_study_group where number = :n").param("n", sg)
                .query(Integer.class).single() > 0) {
            sg++;
        }
        jdbc.sql("insert into meetings_study_group (id, number, title, study_period) values (:id, :n, "
                + "'{\"en\":\"Numbering\"}'::jsonb, '2029-2032')").param("id", UUID.randomUUID()).param("n", sg)
                .update();
        return sg;
    }

    Organisation organisation(MembershipCategory category, Integer associateStudyGroup) {
        String name = category + " " + UUID.randomUUID().toString().substring(0, 8);
        String country = category == MembershipCategory.MEMBER_STATE || category == MembershipCategory.OBSERVER
                ? "CH" : null;
        return users.as(secretariat(), () -> directory.create(name, country, category, associateStudyGroup, false));
    }

    /**
     * A delegate of the organisation whose registration for the meeting is approved (which, by the
     * focal point, also confirms the affiliation).
     */
    Account delegate(Meeting m, Organisation org) {
        Account a = member(org);
        register(m, a, org, "APPROVED");
        return a;
    }

    /** A person whose affiliation with the organisation the secretariat confirmed (no registration). */
    Account member(Organisation org) {
        Account a = users.create("Member of " + org.name(), Role.DELEGATE);
        users.as(secretariat(), () -> directory.confirmAffiliation(org.id(), a.id(), secretariat().id()));
        return a;
    }

    void register(Meeting m, Account a, Organisation org, String status) {
        jdbc.sql("""
                insert into registration_registration (id, meeting_id, account_id, organisation_id, status, in_person,
                  submitted_at) values (:id, :m, :a, :o, :s, true, :at)""")
                .params(Map.of("id", UUID.randomUUID(), "m", m.id().value(), "a", a.id().value(),
                        "o", org.id().value(), "s", status, "at", Timestamp.from(Instant.now())))
                .update();
    }

    /** A chair who is an officer of the meeting. */
    Account officer(Meeting m) {
        Account chair = users.create("Chair", Role.CHAIR);
        users.as(secretariat(), () -> setup.addOfficer(m.code(), chair.id().value()));
        return chair;
    }

    /** The person submits a contribution to the meeting, a one-page PDF as {@code c.pdf}. */
    Document contribution(Meeting m, Account by, Submissions.ContributionForm form) {
        return contribution(m, by, form, "c.pdf", TestFiles.pdf());
    }

    Document contribution(Meeting m, Account by, Submissions.ContributionForm form, String fileName, byte[] file) {
        return users.as(by, () -> submissions.submitContribution(m.code(), form,
                new Submissions.Upload(fileName, new ByteArrayInputStream(file))));
    }

    /** A contribution on one question, nothing else filled in. */
    static Submissions.ContributionForm form(String title, int question) {
        return new Submissions.ContributionForm(title, List.of(), "", List.of(), List.of(question), List.of(), null,
                "", false, false);
    }

    int outboxCount(String recipient, String subjectPart) {
        return jdbc.sql("select count(*) from notifications_outbox where recipient = :r and subject like :s")
                .param("r", recipient).param("s", "%" + subjectPart + "%").query(Integer.class).single();
    }

    int documentCount() {
        return jdbc.sql("select count(*) from documents_document").query(Integer.class).single();
    }
}
