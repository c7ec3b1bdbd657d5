package org.plenary.meetings;

import java.util.List;
import java.util.UUID;

import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The structure of a study group the secretariat keeps: the group, its working parties and Questions. */
@Service
public class StudyGroupEditing {

    private final StudyGroups studyGroups;
    private final MeetingManagement reading;

    StudyGroupEditing(StudyGroups studyGroups, MeetingManagement reading) {
        this.studyGroups = studyGroups;
        this.reading = reading;
    }

    /** A new study group (another SG's meetings), without working parties or Questions yet. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public StudyGroup createStudyGroup(int number, LocalizedText title, String studyPeriod) {
        if (number < 1 || number > 99) {
            throw PlenaryException.invalid("studyGroup.number");
        }
        if (title == null || title.get("en").isBlank()) {
            throw PlenaryException.invalid("studyGroup.titleRequired");
        }
        if (studyPeriod == null || !studyPeriod.matches("\\d{4}-\\d{4}")) {
            throw PlenaryException.invalid("studyGroup.periodInvalid");
        }
        if (studyGroups.byNumber(number).isPresent()) {
            throw PlenaryException.conflict("studyGroup.exists", number);
        }
        studyGroups.insert(new StudyGroup(UUID.randomUUID(), number, title, studyPeriod, List.of(), List.of()));
        return reading.studyGroup(number);
    }

    /** Adds or changes a working party of a study group (the structure is data the secretariat keeps). */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public StudyGroup saveWorkingParty(int studyGroup, StudyGroup.WorkingParty wp) {
        StudyGroup sg = reading.studyGroup(studyGroup);
        if (wp == null || wp.number() < 1 || wp.number() > 9) {
            throw PlenaryException.invalid("studyGroup.workingPartyNumber");
        }
        if (wp.title() == null || wp.title().get("en").isBlank()) {
            throw PlenaryException.invalid("studyGroup.titleRequired");
        }
        studyGroups.saveWorkingParty(sg.id(), wp);
        return reading.studyGroup(studyGroup);
    }

    /** Adds or changes a Question; without a working party it sits under the study-group plenary. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public StudyGroup saveQuestion(int studyGroup, StudyGroup.Question q) {
        StudyGroup sg = reading.studyGroup(studyGroup);
        if (q == null || q.number() < 1 || q.number() > 99) {
            throw PlenaryException.invalid("studyGroup.questionNumber");
        }
        if (q.title() == null || q.title().get("en").isBlank()) {
            throw PlenaryException.invalid("studyGroup.titleRequired");
        }
        if (q.workingParty() != null && sg.workingParty(q.workingParty()).isEmpty()) {
            throw PlenaryException.notFound("studyGroup.workingPartyNotFound", q.workingParty(), studyGroup);
        }
        studyGroups.saveQuestion(sg.id(), q);
        return reading.studyGroup(studyGroup);
    }
}
