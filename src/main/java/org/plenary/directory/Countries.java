package org.plenary.directory;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.plenary.shared.Languages;
import org.plenary.shared.LocalizedText;

/**
 * The ITU Member States by ISO 3166 alpha-2 code with their ITU region; names come from the
 * JDK's locale data in the six languages.
 */
final class Countries {

    private static final Map<ItuRegion, String> CODES = new EnumMap<>(Map.of(
            ItuRegion.AFRICA, "AO BF BI BJ BW CD CF CG CI CM CV ER ET GA GH GM GN GQ GW KE LR LS MG ML MU MW MZ NA "
                    + "NE NG RW SC SL SN SS ST SZ TD TG TZ UG ZA ZM ZW",
            ItuRegion.ARAB_STATES, "AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE",
            ItuRegion.AMERICAS, "AG AR BB BO BR BS BZ CA CL CO CR CU DM DO EC GD GT GY HN HT JM KN LC MX NI PA PE "
                    + "PY SR SV TT US UY VC VE",
            ItuRegion.CIS, "AM AZ BY KG KZ RU TJ TM UZ",
            ItuRegion.ASIA_PACIFIC, "AF AU BD BN BT CN FJ FM ID IN IR JP KH KI KP KR LA LK MH MM MN MV MY NP NR NZ "
                    + "PG PH PK PW SB SG TH TL TO TV VN VU WS",
            ItuRegion.EUROPE, "AD AL AT BA BE BG CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT LI LT LU LV "
                    + "MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM TR UA VA"));

    private static final Map<String, Country> ALL;

    static {
        Map<String, Country> all = new TreeMap<>();
        CODES.forEach((region, codes) -> {
            for (String code : codes.split(" ")) {
                Map<String, String> names = new LinkedHashMap<>();
                Locale country = new Locale.Builder().setRegion(code).build();
                for (Locale l : Languages.SUPPORTED) {
                    names.put(l.getLanguage(), country.getDisplayCountry(l));
                }
                all.put(code, new Country(code, LocalizedText.of(names), region));
            }
        });
        ALL = Collections.unmodifiableMap(all);
    }

    private Countries() {
    }

    static Optional<Country> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(ALL.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    static List<Country> all(Locale locale) {
        return ALL.values().stream().sorted(Comparator.comparing(c -> c.name().in(locale))).toList();
    }
}
