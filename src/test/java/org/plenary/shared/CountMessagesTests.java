package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Counts in messages take each language's plural forms ("1 time", "2 раза"), not one form for all. */
@IntegrationTest
class CountMessagesTests {

    @Autowired
    MessageSource messages;

    private String m(String key, String lang, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(lang));
    }

    @Test
    void countsAgreeWithTheirNounInEachLanguage() {
        assertThat(m("scheduling.broken.matches", "en", 1)).isEqualTo("(1 time)");
        assertThat(m("scheduling.broken.matches", "en", 3)).isEqualTo("(3 times)");
        assertThat(m("scheduling.broken.matches", "ru", 2)).isEqualTo("(2 раза)");
        assertThat(m("scheduling.broken.matches", "ru", 5)).isEqualTo("(5 раз)");
        assertThat(m("scheduling.broken.matches", "ar", 2)).isEqualTo("(مرتان)");
        assertThat(m("scheduling.broken.matches", "es", 1)).isEqualTo("(1 vez)");
        assertThat(m("fellowship.reason.contributions", "en", 1, 3))
                .isEqualTo("1 relevant contribution by the organisation: +3");
        assertThat(m("fellowship.reason.contributions", "fr", 2, 6))
                .isEqualTo("2 contributions pertinentes de l’organisation: +6");
        assertThat(m("fellowship.reason.countryFull", "ru", 2)).isEqualTo("У страны уже 2 стипендии на это собрание.");
        assertThat(m("scheduling.session.roomTooSmall", "en", "Room K", 1, 1))
                .isEqualTo("Room K seats 1; 1 person is expected.");
        assertThat(m("meeting.tooLong", "es", 31)).isEqualTo("Una reunión dura como máximo 31 días.");
        assertThat(m("remote.chat.tooLong", "zh", 500)).isEqualTo("消息最多500个字符。");
    }
}
