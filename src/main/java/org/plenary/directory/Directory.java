package org.plenary.directory;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Countries, organisations, their focal points and members: the directory's API for other modules. */
@Service
public class Directory {

    private final Organisations organisations;
    private final Accounts accounts;
    private final Clock clock;
    private final AccountSessions accountSessions;

    Directory(Organisations organisations, Accounts accounts, Clock clock, AccountSessions accountSessions) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = clock;
        this.accountSessions = accountSessions;
    }

    public Optional<Organisation> organisation(OrganisationId id) {
        return id == null ? Optional.empty() : organisations.byId(id);
    }

    public Optional<Organisation> organisationNamed(String name) {
        return name == null ? Optional.empty() : organisations.byName(name);
    }

    public List<Organisation> organisations() {
        return organisations.all();
    }

    /** These organisations by id, in one statement (a list's page names only its rows' organisations). */
    public Map<OrganisationId, Organisation> organisations(Collection<OrganisationId> ids) {
        return organisations.byIds(ids.stream().filter(Objects::nonNull).map(OrganisationId::value)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    public Optional<Country> country(String code) {
        return Countries.find(code);
    }

    /** All countries, sorted by their name in the locale's language. */
    public List<Country> countries(Locale locale) {
        return Countries.all(locale);
    }

    public Optional<ItuRegion> regionOf(Organisation o) {
        return country(o.countryCode()).map(Country::region);
    }

    public List<OrganisationId> organisationsOfFocalPoint(AccountId account) {
        return organisations.ofFocalPoint(account);
    }

    public boolean isFocalPoint(AccountId account, OrganisationId organisation) {
        return organisations.ofFocalPoint(account).contains(organisation);
    }

    public List<AccountId> focalPoints(OrganisationId organisation) {
        return organisations.focalPoints(organisation);
    }

    /** The organisation's focal points as accounts (whom to mail), in one query. */
    public List<Account> focalPointAccounts(OrganisationId organisation) {
        return accounts.focalPointsOf(organisation);
    }

    /** The organisations a person says they belong to (imported, or chosen at a registration), confirmed or not. */
    public List<OrganisationId> organisationsOf(AccountId account) {
        return organisations.ofMember(account);
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Organisation create(String name, String countryCode, MembershipCategory category,
            Integer associateStudyGroup, boolean automaticApproval) {
        Organisation o = validate(new Organisation(OrganisationId.random(), name == null ? null : name.strip(),
                countryCode == null || countryCode.isBlank() ? null : countryCode.strip().toUpperCase(Locale.ROOT),
                category, associateStudyGroup, automaticApproval));
        if (organisations.byName(o.name()).isPresent()) {
            throw PlenaryException.conflict("organisation.nameTaken", o.name());
        }
        organisations.insert(o, clock.instant());
        return o;
    }

    /** Switches between manual approval by the focal point and automatic approval (TSB Circular 1). */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT') or @directory.isFocalPoint(principal.accountId(), #id)")
    public Organisation setAutomaticApproval(OrganisationId id, boolean automatic) {
        Organisation o = organisation(id).orElseThrow(() -> PlenaryException.notFound("organisation.notFound"));
        Organisation next = new Organisation(o.id(), o.name(), o.countryCode(), o.category(), o.associateStudyGroup(),
                automatic);
        organisations.update(next);
        return next;
    }

    /** Makes the account a designated focal point of the organisation (and gives it the role). */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void addFocalPoint(OrganisationId org, AccountId account) {
        linkFocalPoint(org, account);
    }

    void linkFocalPoint(OrganisationId org, AccountId account) {
        organisation(org).orElseThrow(() -> PlenaryException.notFound("organisation.notFound"));
        Account a = accounts.findById(account).orElseThrow(() -> PlenaryException.notFound("account.notFound"))
                .account();
        if (!a.has(Role.FOCAL_POINT)) {
            Set<Role> roles = EnumSet.copyOf(a.roles());
            roles.add(Role.FOCAL_POINT);
            accounts.updateRoles(account, roles);
            accountSessions.endAll(a.email());
        }
        organisations.addFocalPoint(org, account);
        organisations.confirmMember(org, account, null, clock.instant()); // designated by the secretariat
    }

    /**
     * Records that the person says they belong to the organisation. The claim grants nothing (no
     * membership, no automatic approval, no submission) until {@link #confirmAffiliation} is called.
     */
    @Transactional
    public void claimAffiliation(OrganisationId org, AccountId account) {
        claimAffiliation(organisation(org).orElseThrow(() -> PlenaryException.notFound("organisation.notFound")),
                account);
    }

    /**
     * The same, for an organisation the caller has just read (a registration), in one statement that
     * also tells whether the person is its focal point and already a confirmed member, and who the
     * person is now (their address and language, as stored: a web session's principal may be older).
     */
    @Transactional
    public AffiliationClaim claimAffiliation(Organisation org, AccountId account) {
        return organisations.claimMember(org.id(), account);
    }

    /** The organisation's focal point or the secretariat confirms that the person belongs to it. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT') or @directory.isFocalPoint(principal.accountId(), #org)")
    public void confirmAffiliation(OrganisationId org, AccountId account, AccountId confirmedBy) {
        organisation(org).orElseThrow(() -> PlenaryException.notFound("organisation.notFound"));
        accounts.findById(account).orElseThrow(() -> PlenaryException.notFound("account.notFound"));
        organisations.confirmMember(org, account, confirmedBy, clock.instant());
    }

    /** Whether the organisation's focal point or the secretariat confirmed the person's affiliation. */
    public boolean isAffiliationConfirmed(AccountId account, OrganisationId org) {
        return account != null && org != null && organisations.isConfirmedMember(org, account);
    }

    /** {@link #isAffiliationConfirmed} for many people at once: each one's confirmed organisations. */
    public Map<AccountId, Set<OrganisationId>> confirmedAffiliations(Collection<AccountId> accounts) {
        return organisations.confirmedMemberships(accounts.stream().map(AccountId::value).distinct().toList());
    }

    Organisation validate(Organisation o) {
        if (o.name() == null || o.name().isBlank() || o.name().length() > 300) {
            throw PlenaryException.invalid("organisation.nameRequired");
        }
        if (o.category() == null) {
            throw PlenaryException.invalid("organisation.categoryRequired");
        }
        if (o.countryCode() != null && Countries.find(o.countryCode()).isEmpty()) {
            throw PlenaryException.invalid("organisation.countryUnknown", o.countryCode());
        }
        if ((o.category() == MembershipCategory.MEMBER_STATE || o.category() == MembershipCategory.OBSERVER)
                && o.countryCode() == null) {
            throw PlenaryException.invalid("organisation.countryRequired");
        }
        if (o.category() == MembershipCategory.ASSOCIATE && o.associateStudyGroup() == null) {
            throw PlenaryException.invalid("organisation.studyGroupRequired");
        }
        if (o.category() != MembershipCategory.ASSOCIATE && o.associateStudyGroup() != null) {
            return new Organisation(o.id(), o.name(), o.countryCode(), o.category(), null, o.automaticApproval());
        }
        return o;
    }
}
