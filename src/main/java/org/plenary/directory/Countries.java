package org.plenary.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.plenary.shared.Csv;
import org.plenary.shared.Languages;
import org.plenary.shared.LocalizedText;

/**
 * The ITU Member States by ISO 3166 alpha-2 code with their ITU region; their names are the
 * ITU's official ones (the UN's, in the six languages), read once from {@value #NAMES}, never the
 * JDK's locale data ("Palestinian Territories", "Myanmar (Burma)").
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

    /** The names: ITU's official names (the UN's, in its six languages), one row per ISO code. */
    static final String NAMES = "directory/countries.csv";

    private static final Map<String, Country> ALL;

    static {
        Map<String, LocalizedText> names = names();
        Map<String, Country> all = new TreeMap<>();
        CODES.forEach((region, codes) -> {
            for (String code : codes.split(" ")) {
                LocalizedText name = names.get(code);
                if (name == null) {
                    throw new IllegalStateException(NAMES + " has no names for " + code);
                }
                all.put(code, new Country(code, name, region));
            }
        });
        ALL = Collections.unmodifiableMap(all);
    }

    /** Reads the names once; every row names the country in each of the six languages. */
    private static Map<String, LocalizedText> names() {
        String text;
        try (InputStream in = Countries.class.getClassLoader().getResourceAsStream(NAMES)) {
            if (in == null) {
                throw new IllegalStateException(NAMES + " is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = Csv.read(text);
        List<String> header = rows.get(0);
        Map<String, LocalizedText> out = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            for (Locale l : Languages.SUPPORTED) {
                int column = header.indexOf(l.getLanguage());
                String name = column < 0 || column >= row.size() ? "" : row.get(column).strip();
                if (name.isEmpty()) {
                    throw new IllegalStateException(NAMES + ": no " + l.getLanguage() + " name for " + row.get(0));
                }
                byLanguage.put(l.getLanguage(), name);
            }
            out.put(row.get(0).strip(), LocalizedText.of(byLanguage));
        }
        return out;
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
