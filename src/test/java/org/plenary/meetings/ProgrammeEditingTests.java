package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;

/** The agenda numbering rules of ProgrammeEditing (plain rules, no database). */
class ProgrammeEditingTests {

    private static Meeting.AgendaItem item(String n) {
        return new Meeting.AgendaItem(n, LocalizedText.en("Item " + n));
    }

    @Test
    void sortsNumericallyWithSubItemsAfterTheirParent() {
        var sorted = ProgrammeEditing.sortedAgenda(List.of(item("10"), item("2"), item("5.2"), item("5"), item("5.10"),
                item("5.1"), item("1")));
        assertThat(sorted).extracting(Meeting.AgendaItem::number)
                .containsExactly("1", "2", "5", "5.1", "5.2", "5.10", "10");
        assertThat(sorted.get(3).depth()).isEqualTo(1);
    }

    @Test
    void refusesANumberTwiceABadNumberOrAnOrphanSubItem() {
        assertThatThrownBy(() -> ProgrammeEditing.sortedAgenda(List.of(item("1"), item("1"))))
                .isInstanceOf(PlenaryException.class).hasMessage("agenda.numberTaken");
        assertThatThrownBy(() -> ProgrammeEditing.sortedAgenda(List.of(item("1a"))))
                .hasMessage("agenda.numberInvalid");
        assertThatThrownBy(() -> ProgrammeEditing.sortedAgenda(List.of(item("0"))))
                .hasMessage("agenda.numberInvalid");
        assertThatThrownBy(() -> ProgrammeEditing.sortedAgenda(List.of(item("1"), item("3.1"))))
                .hasMessage("agenda.parentMissing");
    }
}
