package org.plenary.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plenary.shared.Csv;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV import of organisations, focal points and people. Each row is applied on its own savepoint:
 * good rows go in and each bad row is reported with its line number, or, when all-or-nothing is
 * chosen, one bad row rolls every row back. Imported people get no password: they set one
 * through the sign-up link (e-mail verification) or the secretariat does.
 */
@Service
public class DirectoryImport {

    static final List<String> COLUMNS = List.of("type", "name", "email", "organisation", "country", "category",
            "study_group", "automatic_approval", "language");

    /** A refused line: its number in the file (the header is line 1) and the message key with arguments. */
    public record RowError(int line, String messageKey, Object[] args) {
    }

    public record Result(int imported, List<RowError> errors, boolean rolledBack) {
    }

    private final Organisations organisations;
    private final Accounts accounts;
    private final Directory directory;
    private final TransactionTemplate outer;
    private final TransactionTemplate nested;
    private final Clock clock;

    DirectoryImport(Organisations organisations, Accounts accounts, Directory directory,
            PlatformTransactionManager tm, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.directory = directory;
        this.outer = new TransactionTemplate(tm);
        this.nested = new TransactionTemplate(tm);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    @PreAuthorize("hasRole('SECRETARIAT')")
    public Result importCsv(String csv, boolean allOrNothing) {
        List<List<String>> lines = Csv.read(csv);
        if (lines.isEmpty()) {
            throw PlenaryException.invalid("import.empty");
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> header = lines.get(0);
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = List.of("type", "name").stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw PlenaryException.invalid("import.columnsMissing", String.join(", ", missing));
        }
        return outer.execute(status -> {
            List<RowError> errors = new ArrayList<>();
            int imported = 0;
            for (int n = 1; n < lines.size(); n++) {
                List<String> cells = lines.get(n);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                index.forEach((col, i) -> row.put(col, i < cells.size() ? cells.get(i).strip() : ""));
                try {
                    nested.executeWithoutResult(s -> apply(row));
                    imported++;
                } catch (PlenaryException e) {
                    errors.add(new RowError(n + 1, e.messageKey(), e.args()));
                } catch (DataAccessException e) {
                    errors.add(new RowError(n + 1, "import.rowFailed", new Object[0]));
                }
            }
            boolean rollBack = allOrNothing && !errors.isEmpty();
            if (rollBack) {
                status.setRollbackOnly();
            }
            return new Result(rollBack ? 0 : imported, errors, rollBack);
        });
    }

    private void apply(Map<String, String> row) {
        String type = row.getOrDefault("type", "").toLowerCase(Locale.ROOT);
        switch (type) {
            case "organisation", "organization" -> organisation(row);
            case "focal_point", "focal point", "person" -> person(row, !type.equals("person"));
            default -> throw PlenaryException.invalid("import.unknownType", type);
        }
    }

    private void organisation(Map<String, String> row) {
        MembershipCategory category;
        try {
            category = MembershipCategory.valueOf(row.getOrDefault("category", "").toUpperCase(Locale.ROOT)
                    .replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw PlenaryException.invalid("import.categoryUnknown", row.get("category"));
        }
        Integer sg = null;
        String sgText = row.getOrDefault("study_group", "");
        if (!sgText.isBlank()) {
            try {
                sg = Integer.valueOf(sgText);
            } catch (NumberFormatException e) {
                throw PlenaryException.invalid("import.studyGroupInvalid", sgText);
            }
        }
        String country = row.getOrDefault("country", "");
        Organisation o = directory.validate(new Organisation(OrganisationId.random(), row.get("name"),
                country.isBlank() ? null : country.toUpperCase(Locale.ROOT), category, sg,
                Set.of("true", "yes", "1").contains(row.getOrDefault("automatic_approval", "").toLowerCase(Locale.ROOT))));
        if (organisations.byName(o.name()).isPresent()) {
            throw PlenaryException.conflict("organisation.nameTaken", o.name());
        }
        organisations.insert(o, clock.instant());
    }

    private void person(Map<String, String> row, boolean focalPoint) {
        String email = row.getOrDefault("email", "");
        if (!EmailAddresses.valid(email)) {
            throw PlenaryException.invalid("import.emailInvalid");
        }
        String name = row.getOrDefault("name", "");
        if (name.isBlank()) {
            throw PlenaryException.invalid("account.nameRequired");
        }
        String orgName = row.getOrDefault("organisation", "");
        Organisation org = organisations.byName(orgName)
                .orElseThrow(() -> PlenaryException.invalid("import.organisationUnknown", orgName));
        String lang = row.getOrDefault("language", "");
        Account account = accounts.findByEmail(email).map(Accounts.Stored::account).orElseGet(() -> {
            Account a = new Account(AccountId.random(), email, name, Languages.isSupported(lang) ? lang : "en",
                    Set.of(Role.DELEGATE), true, false, clock.instant());
            accounts.insert(a, null);
            return a;
        });
        if (focalPoint) {
            directory.linkFocalPoint(org.id(), account.id());
        } else {
            organisations.confirmMember(org.id(), account.id(), null, clock.instant()); // imported by the secretariat
        }
    }
}
