package org.plenary.fellowships;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plenary.directory.Country;
import org.plenary.directory.Directory;
import org.plenary.shared.Csv;
import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The countries whose delegates may apply for a fellowship (X-FEL-2), kept by the secretariat. */
@Service
public class EligibleCountries {

    private final Applications store;
    private final Directory directory;
    private final Clock clock;

    EligibleCountries(Applications store, Directory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    public record EligibleCountry(String code, String note, Country country) {
    }

    public List<EligibleCountry> eligibleCountries() {
        return store.eligible().stream()
                .map(e -> new EligibleCountry(e.code(), e.note(), directory.country(e.code()).orElse(null))).toList();
    }

    public boolean isEligible(String countryCode) {
        return countryCode != null && store.isEligible(countryCode);
    }

    /**
     * Imports a CSV of eligible countries, one per line: ISO code, optionally a note
     * ({@code SN,LDC}); a header line starting with "country" or "code" is skipped. With
     * {@code replace} the list becomes exactly the file, otherwise the file's countries are added.
     * Any bad line refuses the whole file and changes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public int importEligible(String csv, boolean replace) {
        Map<String, Applications.Eligible> rows = new LinkedHashMap<>();
        List<List<String>> lines = Csv.read(csv);
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            String first = cells.get(0).strip();
            if (cells.stream().allMatch(String::isBlank) || (i == 0 && first.toLowerCase(Locale.ROOT).matches("^(country|code).*"))) {
                continue;
            }
            String code = first.toUpperCase(Locale.ROOT);
            if (directory.country(code).isEmpty()) {
                throw PlenaryException.invalid("fellowship.csvCountryUnknown", i + 1, first);
            }
            String note = cells.size() > 1 ? cells.get(1).strip() : null;
            if (note != null && note.length() > 200) {
                throw PlenaryException.invalid("fellowship.csvNoteTooLong", i + 1);
            }
            rows.put(code, new Applications.Eligible(code, note == null || note.isEmpty() ? null : note));
        }
        if (rows.isEmpty()) {
            throw PlenaryException.invalid("fellowship.csvEmpty");
        }
        Instant now = clock.instant();
        if (replace) {
            store.replaceEligible(List.copyOf(rows.values()), now);
        } else {
            rows.values().forEach(e -> store.upsertEligible(e, now));
        }
        return rows.size();
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void removeEligible(String code) {
        store.removeEligible(code == null ? "" : code.toUpperCase(Locale.ROOT));
    }
}
