package org.plenary.meetings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.plenary.shared.LocalizedText;

/**
 * An ITU-T study group in one study period, with its working parties and Questions.
 * Questions without a working party sit directly under the study-group plenary (Q1/12, Q2/12).
 */
public record StudyGroup(UUID id, int number, LocalizedText title, String studyPeriod,
        List<WorkingParty> workingParties, List<Question> questions) {

    public record WorkingParty(int number, LocalizedText title, String chair) {
        public String code(int studyGroup) {
            return "WP" + number + "/" + studyGroup;
        }
    }

    /**
     * @param workingParty the working party's number, or null when the Question sits under the plenary. Its
     *        rapporteurs are the people named rapporteur of it on a meeting's officers page, and nowhere else
     *        ({@link OfficerAppointments#rapporteurs(int)}, {@link MeetingManagement#rapporteurs(MeetingId)}).
     */
    public record Question(int number, LocalizedText title, Integer workingParty) {
        public String code(int studyGroup) {
            return "Q" + number + "/" + studyGroup;
        }

        public boolean underPlenary() {
            return workingParty == null;
        }
    }

    /** The document prefix, e.g. "SG12" as in SG12-C5 and SG12-TD360. */
    public String prefix() {
        return "SG" + number;
    }

    public Optional<Question> question(int questionNumber) {
        return questions.stream().filter(q -> q.number() == questionNumber).findFirst();
    }

    public Optional<WorkingParty> workingParty(int wpNumber) {
        return workingParties.stream().filter(w -> w.number() == wpNumber).findFirst();
    }

    public List<Question> questionsOf(Integer wpNumber) {
        return questions.stream().filter(q -> Objects.equals(q.workingParty(), wpNumber)).toList();
    }
}
