package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.plenary.notifications.OutboxMail;
import org.plenary.notifications.OutboxQueries;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class DirectoryTests {

    @LocalServerPort
    int port;
    @Autowired
    Directory directory;
    @Autowired
    DirectoryImport importer;
    @Autowired
    SignUp signUp;
    @Autowired
    AccountManagement accounts;
    @Autowired
    TestUsers users;
    @Autowired
    OutboxQueries outbox;
    @Autowired
    MutableClock clock;

    @Test
    void countriesCarryTheirItuRegionAndNamesInTheSixLanguages() {
        assertThat(directory.country("ch")).get().satisfies(c -> {
            assertThat(c.region()).isEqualTo(ItuRegion.EUROPE);
            assertThat(c.name().in(Locale.ENGLISH)).isEqualTo("Switzerland");
            assertThat(c.name().in(Locale.CHINESE)).isEqualTo("瑞士");
        });
        assertThat(directory.country("PS")).get().extracting(Country::region).isEqualTo(ItuRegion.ARAB_STATES);
        assertThat(directory.country("KZ")).get().extracting(Country::region).isEqualTo(ItuRegion.CIS);
        assertThat(directory.country("KE")).get().extracting(Country::region).isEqualTo(ItuRegion.AFRICA);
        assertThat(directory.country("BR")).get().extracting(Country::region).isEqualTo(ItuRegion.AMERICAS);
        assertThat(directory.country("IN")).get().extracting(Country::region).isEqualTo(ItuRegion.ASIA_PACIFIC);
        assertThat(directory.country("XX")).isEmpty();
        assertThat(directory.countries(Locale.ENGLISH)).hasSizeGreaterThan(190);
    }

    @Test
    void theDemoDirectoryCoversEveryRegionAndCategoryAndItsFocalPointsCannotLogIn() {
        List<Organisation> all = directory.organisations();
        assertThat(all.size()).isGreaterThanOrEqualTo(36);
        assertThat(all.stream().map(Organisation::category).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(MembershipCategory.class));
        assertThat(all.stream().map(directory::regionOf).flatMap(Optional::stream)
                .collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(ItuRegion.class));
        Organisation ofcom = directory.organisationNamed("Switzerland, Federal Office of Communications (OFCOM)")
                .orElseThrow();
        AccountId fp = directory.focalPoints(ofcom.id()).get(0);
        Account a = accounts.find(fp).orElseThrow();
        assertThat(a.has(Role.FOCAL_POINT)).isTrue();
        for (String guess : List.of("", "password", "focal-point", "plenary")) {
            assertThat(new TestHttp(port).as(a.email(), guess).get("/api/v1/focal-point/requests").status())
                    .isEqualTo(401);
        }
    }

    @Test
    void csvImportTakesTheGoodRowsAndReportsEachBadRowWithItsLineNumber() {
        Account sec = users.create("Importer", Role.SECRETARIAT);
        String u = UUID.randomUUID().toString().substring(0, 8);
        String csv = "type,name,email,organisation,country,category,study_group,automatic_approval,language\n"
                + "organisation,\"Acme Networks, " + u + "\",,,DE,sector_member,,yes,\n"
                + "organisation,Bad Country " + u + ",,,ZZ,academia,,,\n"
                + "focal_point,Ada " + u + ",ada." + u + "@example.org,\"Acme Networks, " + u + "\",,,,,fr\n"
                + "person,Bob " + u + ",bob." + u + "@example.org,Nobody Inc " + u + ",,,,,\n"
                + "person,Carol " + u + ",not-an-email,\"Acme Networks, " + u + "\",,,,,\n"
                + "member,Dan,dan@example.org,,,,,,\n";
        DirectoryImport.Result r = users.as(sec, () -> importer.importCsv(csv, false));
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.rolledBack()).isFalse();
        assertThat(r.errors()).extracting(DirectoryImport.RowError::line, DirectoryImport.RowError::messageKey)
                .containsExactly(Tuple.tuple(3, "organisation.countryUnknown"),
                        Tuple.tuple(5, "import.organisationUnknown"),
                        Tuple.tuple(6, "import.emailInvalid"),
                        Tuple.tuple(7, "import.unknownType"));
        Organisation acme = directory.organisationNamed("Acme Networks, " + u).orElseThrow();
        assertThat(acme.automaticApproval()).isTrue();
        Account ada = accounts.findByEmail("ada." + u + "@example.org").orElseThrow();
        assertThat(directory.organisationsOfFocalPoint(ada.id())).containsExactly(acme.id());
        assertThat(ada.preferredLanguage()).isEqualTo("fr");
    }

    @Test
    void csvImportAllOrNothingImportsNoRowWhenOneIsBad() {
        Account sec = users.create("Importer", Role.SECRETARIAT);
        String u = UUID.randomUUID().toString().substring(0, 8);
        String csv = "type,name,country,category\norganisation,Good " + u + ",CH,academia\n"
                + "organisation,Associate without group " + u + ",CH,associate\n";
        DirectoryImport.Result r = users.as(sec, () -> importer.importCsv(csv, true));
        assertThat(r.rolledBack()).isTrue();
        assertThat(r.imported()).isZero();
        assertThat(r.errors()).singleElement().extracting(DirectoryImport.RowError::line).isEqualTo(3);
        assertThat(directory.organisationNamed("Good " + u)).isEmpty();
    }

    @Test
    void onlyTheSecretariatImports() {
        Account fp = users.create("Not secretariat", Role.FOCAL_POINT);
        String u = UUID.randomUUID().toString().substring(0, 8);
        String csv = "type,name,country,category\norganisation,Sneaked In " + u + ",CH,academia\n";
        assertThatThrownBy(() -> users.as(fp, () -> importer.importCsv(csv, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.organisationNamed("Sneaked In " + u)).as("no row imported").isEmpty();
    }

    @Test
    void onlyTheOrganisationsFocalPointOrTheSecretariatSwitchesToAutomaticApproval() {
        Account sec = users.create("Secretariat", Role.SECRETARIAT);
        String u = UUID.randomUUID().toString().substring(0, 8);
        Organisation mine = users.as(sec, () -> directory.create("Mine " + u, "CH", MembershipCategory.ACADEMIA, null, false));
        Organisation theirs = users.as(sec, () -> directory.create("Theirs " + u, "CH", MembershipCategory.ACADEMIA, null, false));
        Account fp = users.create("FP", Role.DELEGATE);
        users.as(sec, () -> directory.addFocalPoint(mine.id(), fp.id()));
        assertThat(accounts.find(fp.id()).orElseThrow().has(Role.FOCAL_POINT)).isTrue();
        assertThat(users.as(fp, () -> directory.setAutomaticApproval(mine.id(), true)).automaticApproval()).isTrue();
        assertThatThrownBy(() -> users.as(fp, () -> directory.setAutomaticApproval(theirs.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.organisation(theirs.id()).orElseThrow().automaticApproval()).isFalse();
        assertThatThrownBy(() -> users.as(fp, () -> directory.create("X " + u, "CH", MembershipCategory.ACADEMIA, null, false)))
                .isInstanceOf(AccessDeniedException.class);
        TestHttp api = new TestHttp(port).as(fp.email(), TestUsers.PASSWORD);
        assertThat(api.post("/api/v1/organisations/" + theirs.id() + "/approval", "{\"automatic\":true}").status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/organisations/" + mine.id() + "/approval", "{\"automatic\":false}").json()
                .get("automaticApproval").asBoolean()).isFalse();
    }

    @Test
    void signUpCreatesTheAccountOnlyOnceTheMailedLinkIsFollowed() {
        String email = "new." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        signUp.request(email, "Nadia Haddad", "a-long-enough-password", "ar", "192.0.2.10");
        assertThat(accounts.findByEmail(email)).isEmpty();
        OutboxMail mail = outbox.to(email).get(0);
        assertThat(mail.language()).isEqualTo("ar");
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail.body());
        assertThat(m.find()).isTrue();

        assertThatThrownBy(() -> signUp.confirm("forged-token")).isInstanceOf(PlenaryException.class);
        Account a = signUp.confirm(m.group(1));
        assertThat(a.email()).isEqualTo(email);
        assertThat(a.roles()).isEqualTo(Set.of(Role.DELEGATE));
        assertThat(new TestHttp(port).as(email, "a-long-enough-password").get("/api/v1/focal-point/requests").status())
                .isEqualTo(200);
        assertThatThrownBy(() -> signUp.confirm(m.group(1))).as("the link works once").isInstanceOf(PlenaryException.class);
    }

    @Test
    void theSignUpPageIsPublicAndTheImportApiIsForTheSecretariat() {
        TestHttp.Response page = new TestHttp(port).get("/signup");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"password\"");
        Account delegate = users.create("Delegate", Role.DELEGATE);
        Account sec = users.create("Secretariat", Role.SECRETARIAT);
        String name = "Api Org " + UUID.randomUUID();
        String csv = "type,name,country,category\norganisation," + name + ",CH,academia\n"
                + "organisation,No category,CH,\n";
        assertThat(postCsv(delegate, csv).statusCode()).isEqualTo(403);
        assertThat(directory.organisationNamed(name)).isEmpty();
        var ok = postCsv(sec, csv);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"imported\":1").contains("\"line\":3");
        assertThat(directory.organisationNamed(name)).isPresent();
    }

    private HttpResponse<String> postCsv(Account who, String csv) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + port + "/api/v1/directory/import"))
                    .header("Content-Type", "text/csv")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (who.email() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anExpiredSignUpLinkIsRefused() {
        String email = "late." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        signUp.request(email, "Late Person", "a-long-enough-password", "en", "192.0.2.11");
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(outbox.to(email).get(0).body());
        assertThat(m.find()).isTrue();
        clock.advance(Duration.ofHours(24));
        assertThatThrownBy(() -> signUp.confirm(m.group(1))).isInstanceOfSatisfying(PlenaryException.class,
                e -> assertThat(e.messageKey()).isEqualTo("signup.tokenInvalid"));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }
}
