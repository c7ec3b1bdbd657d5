package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.plenary.shared.Languages;

/** Country names are the ITU's official ones (the UN's) in the six languages, never the JDK's. */
class CountryNamesTests {

    private static String name(String code, String lang) {
        return Countries.find(code).orElseThrow().name().in(Locale.forLanguageTag(lang));
    }

    @Test
    void knownOfficialNamesInEachLanguage() {
        assertThat(name("PS", "en")).isEqualTo("State of Palestine");
        assertThat(name("MM", "en")).isEqualTo("Myanmar");
        assertThat(name("TR", "en")).isEqualTo("Türkiye");
        assertThat(name("CI", "en")).isEqualTo("Côte d’Ivoire");
        assertThat(name("KP", "en")).isEqualTo("Democratic People’s Republic of Korea");
        assertThat(name("IR", "en")).isEqualTo("Iran (Islamic Republic of)");
        assertThat(name("GB", "en")).isEqualTo("United Kingdom of Great Britain and Northern Ireland");
        assertThat(name("PS", "fr")).isEqualTo("État de Palestine");
        assertThat(name("BO", "fr")).isEqualTo("Bolivie (État plurinational de)");
        assertThat(name("PS", "es")).isEqualTo("Estado de Palestina");
        assertThat(name("VE", "es")).isEqualTo("Venezuela (República Bolivariana de)");
        assertThat(name("RU", "ru")).isEqualTo("Российская Федерация");
        assertThat(name("MD", "ru")).isEqualTo("Республика Молдова");
        assertThat(name("PS", "ar")).isEqualTo("دولة فلسطين");
        assertThat(name("SY", "ar")).isEqualTo("الجمهورية العربية السورية");
        assertThat(name("KR", "zh")).isEqualTo("大韩民国");
        assertThat(name("TZ", "zh")).isEqualTo("坦桑尼亚联合共和国");
    }

    @Test
    void everyMemberStateHasItsOwnNameInTheSixLanguagesNotTheJdks() {
        assertThat(Countries.all(Locale.ENGLISH)).hasSizeGreaterThanOrEqualTo(194);
        for (Country c : Countries.all(Locale.ENGLISH)) {
            for (Locale l : Languages.SUPPORTED) {
                assertThat(c.name().in(l)).as(c.code() + " in " + l).isNotBlank();
            }
        }
        // the JDK's English names differ from the official ones for these: none of them is shown
        for (String code : new String[] {"PS", "MM", "KP", "KR", "IR", "LA", "MD", "SY", "VE", "BO", "TZ", "US",
                "GB", "RU", "VN"}) {
            String jdk = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
            assertThat(name(code, "en")).as(code + " is not the JDK's " + jdk).isNotEqualTo(jdk);
        }
    }

    @Test
    void everyCountryOfTheDemoDataResolves() {
        assertThat(Arrays.stream(DemoDirectoryLoader.ORGANISATIONS).map(o -> (String) o[1]).filter(Objects::nonNull))
                .isNotEmpty().allSatisfy(code -> assertThat(Countries.find(code)).as(code).isPresent());
        assertThat(name("PS", "en")).isEqualTo("State of Palestine");
    }
}
