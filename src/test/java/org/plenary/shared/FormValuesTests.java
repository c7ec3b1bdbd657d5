package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The one reader of typed form values: blank is no value, garbled text a 400 with the field's message. */
class FormValuesTests {

    @Test
    void typedValuesAreReadAndBlankIsNoValue() {
        assertThat(FormValues.day(" 2026-11-02 ")).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(FormValues.time("09:30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(FormValues.number(" 12 ", "setup.room.number")).isEqualTo(12);
        UUID id = UUID.randomUUID();
        assertThat(FormValues.value(id.toString(), UUID::fromString, "scheduling.form.invalid")).isEqualTo(id);
        assertThat(FormValues.day("  ")).isNull();
        assertThat(FormValues.value(null, UUID::fromString, "scheduling.form.invalid")).isNull();
    }

    @Test
    void garbledTextIsRefusedWithTheFieldsMessageAndTheTypedText() {
        refused(() -> FormValues.day("2026-13-45"), "form.dateInvalid", "2026-13-45");
        refused(() -> FormValues.time("25h"), "form.timeInvalid", "25h");
        refused(() -> FormValues.number("twelve", "setup.room.number"), "setup.room.number", "twelve");
        refused(() -> FormValues.value("not-an-id", UUID::fromString, "scheduling.form.invalid"),
                "scheduling.form.invalid", "not-an-id");
        refused(() -> FormValues.value("SOMETIMES", HttpStatus::valueOf, "scheduling.form.invalid"),
                "scheduling.form.invalid", "SOMETIMES");
    }

    @Test
    void aRequiredNumberLeftBlankIsRefused() {
        refused(() -> FormValues.number(" ", "setup.room.number"), "setup.room.number", "");
        refused(() -> FormValues.number(null, "setup.room.number"), "setup.room.number", "");
    }

    private static void refused(Runnable read, String key, String typed) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(PlenaryException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.args()).containsExactly(typed);
        });
    }
}
