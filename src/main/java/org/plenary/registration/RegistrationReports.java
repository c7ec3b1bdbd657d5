package org.plenary.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plenary.directory.Directory;
import org.plenary.directory.ItuRegion;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingId;
import org.plenary.shared.Csv;
import org.plenary.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** The secretariat's lists, counts and exports (CSV and XLSX) of a meeting's registrations. */
@Service
public class RegistrationReports {

    private final RegistrationLists lists;
    private final Directory directory;
    private final MessageSource messages;

    RegistrationReports(RegistrationLists lists, Directory directory, MessageSource messages) {
        this.lists = lists;
        this.directory = directory;
        this.messages = messages;
    }

    /** The meeting's registrations the caller may see (secretariat: all; focal point: their organisations'). */
    public List<RegistrationRow> rows(MeetingId meeting, RegistrationFilter filter) {
        return lists.rows(lists.scope(meeting, filter), Paging.all());
    }

    /** One page of the filtered list, with the counts and the total of the whole filtered list. */
    public record Listing(List<RegistrationRow> rows, Counts counts, Paging.Page page) {
    }

    public Listing page(MeetingId meeting, RegistrationFilter filter, Paging paging) {
        RegistrationLists.Scope scope = lists.scope(meeting, filter);
        Counts counts = counts(lists.groups(scope), scope.organisations());
        return new Listing(lists.rows(scope, paging), counts, paging.of(counts.total()));
    }

    public record Counts(Map<ItuRegion, Long> byRegion, Map<MembershipCategory, Long> byCategory,
            Map<String, Long> byGender, long checkedIn, long total) {
    }

    public Counts counts(List<RegistrationRow> rows) {
        return counts(rows.stream().map(r -> new RegistrationLists.Group(r.organisation().id(),
                r.registration().gender(), 1, r.registration().checkedInAt() == null ? 0 : 1)).toList(),
                rows.stream().map(RegistrationRow::organisation).distinct()
                        .collect(Collectors.toMap(Organisation::id, Function.identity())));
    }

    private Counts counts(List<RegistrationLists.Group> groups, Map<OrganisationId, Organisation> orgs) {
        Map<ItuRegion, Long> region = new EnumMap<>(ItuRegion.class);
        Map<MembershipCategory, Long> category = new EnumMap<>(MembershipCategory.class);
        Map<String, Long> gender = new TreeMap<>();
        long checkedIn = 0;
        long total = 0;
        for (RegistrationLists.Group g : groups) {
            Organisation o = orgs.get(g.organisation());
            checkedIn += g.checkedIn();
            total += g.count();
            directory.regionOf(o).ifPresent(r -> region.merge(r, g.count(), Long::sum));
            category.merge(o.category(), g.count(), Long::sum);
            gender.merge(g.gender() == null ? "unknown" : g.gender(), g.count(), Long::sum);
        }
        return new Counts(region, category, gender, checkedIn, total);
    }

    private List<String> header(Locale l) {
        return List.of("name", "email", "organisation", "category", "country", "region", "status", "attendance",
                "late", "newcomer", "gender", "function_title", "interpretation", "captioning", "sign_language",
                "visa", "fellowship", "submitted_at", "checked_in_at");
    }

    private List<String> cells(RegistrationRow row, Locale l) {
        Registration r = row.registration();
        return List.of(row.account() == null ? "" : row.account().name(),
                row.account() == null ? "" : row.account().email(), row.organisation().name(),
                msg(row.organisation().category().messageKey(), l),
                row.country() == null ? "" : row.country().code(),
                row.region() == null ? "" : msg(row.region().messageKey(), l), r.status().name(),
                r.inPerson() ? "in person" : "remote", yes(r.late()), yes(r.newcomer()),
                r.gender() == null ? "" : r.gender(), r.functionTitle() == null ? "" : r.functionTitle(),
                r.interpretationLanguage() == null ? "" : r.interpretationLanguage(), yes(r.captioningRequest()),
                yes(r.signLanguageRequest()), yes(r.visaRequest()), yes(r.fellowshipRequest()),
                String.valueOf(r.submittedAt()), r.checkedInAt() == null ? "" : String.valueOf(r.checkedInAt()));
    }

    public byte[] csv(List<RegistrationRow> rows, Locale l) {
        return Csv.utf8(Csv.write(header(l), rows.stream().map(r -> cells(r, l)).toList()));
    }

    public byte[] xlsx(List<RegistrationRow> rows, Locale l) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Registrations");
            List<List<String>> all = new ArrayList<>();
            all.add(header(l));
            rows.forEach(r -> all.add(cells(r, l)));
            for (int i = 0; i < all.size(); i++) {
                Row row = sheet.createRow(i);
                List<String> cells = all.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yes(boolean b) {
        return b ? "yes" : "";
    }

    private String msg(String key, Locale l) {
        return messages.getMessage(key, null, key, l);
    }
}
