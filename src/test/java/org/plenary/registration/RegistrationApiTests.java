package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestClockConfig;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RegistrationApiTests extends RegistrationTestBase {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    Organisation org;
    Account fpOwn;
    Account fpOther;

    @BeforeEach
    void organisationsWithFocalPoints() {
        org = fx.organisation(MembershipCategory.MEMBER_STATE, "KE", false);
        fpOwn = fx.focalPointOf(org);
        fpOther = fx.focalPointOf(fx.organisation(MembershipCategory.SECTOR_MEMBER));
    }

    private TestHttp http(Account a) {
        return new TestHttp(port).as(a.email(), TestUsers.PASSWORD);
    }

    private static String form(Organisation o, String extra) {
        return "{\"organisation\":\"" + o.id() + "\",\"inPerson\":true" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static final String PASSPORT = "\"visaRequest\":true,\"passport\":{\"fullName\":\"Wanjiru Kamau\","
            + "\"number\":\"K1234567\",\"nationality\":\"KE\",\"expiry\":\"2031-01-01\",\"dateOfBirth\":\"1980-02-03\"}";

    private String register(Account delegate, String extra) {
        TestHttp.Response r = http(delegate).post("/api/v1/meetings/" + meeting.code() + "/registrations",
                form(org, extra));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    enum Who { OWNER, OTHER_DELEGATE, FOCAL_POINT_OWN, FOCAL_POINT_OTHER, CHAIR, SECRETARIAT }

    /** Each role × each action on a fresh registration, ownership included; a refusal changes nothing. */
    @Test
    void authorizationMatrix() {
        Map<String, Function<String, String>> actions = new LinkedHashMap<>();
        actions.put("view", id -> "GET /api/v1/registrations/" + id);
        actions.put("history", id -> "GET /api/v1/registrations/" + id + "/history");
        actions.put("list", id -> "GET /api/v1/meetings/" + meeting.code() + "/registrations");
        actions.put("approve", id -> "POST /api/v1/registrations/" + id + "/approve");
        actions.put("reject", id -> "POST /api/v1/registrations/" + id + "/reject");
        actions.put("withdraw", id -> "POST /api/v1/registrations/" + id + "/withdraw");
        actions.put("cancel", id -> "POST /api/v1/registrations/" + id + "/cancel");
        actions.put("checkIn", id -> "POST /api/v1/meetings/" + meeting.code() + "/check-in");
        actions.put("badge", id -> "GET /api/v1/registrations/" + id + "/badge.pdf");
        Map<String, int[]> expected = new LinkedHashMap<>();
        //                      OWNER OTHER FP_OWN FP_OTHER CHAIR SECRETARIAT
        expected.put("view", new int[] {200, 403, 200, 403, 403, 200});
        expected.put("history", new int[] {200, 403, 200, 403, 403, 200});
        expected.put("list", new int[] {403, 403, 200, 200, 403, 200});
        expected.put("approve", new int[] {403, 403, 200, 403, 403, 200});
        expected.put("reject", new int[] {403, 403, 200, 403, 403, 200});
        expected.put("withdraw", new int[] {200, 403, 403, 403, 403, 403});
        expected.put("cancel", new int[] {403, 403, 403, 403, 403, 200});
        expected.put("checkIn", new int[] {403, 403, 403, 403, 403, 200});
        expected.put("badge", new int[] {200, 403, 403, 403, 403, 200});

        Account other = fx.delegate();
        Account chair = users.create("Chair " + Fixtures.unique(), Role.CHAIR, Role.DELEGATE);
        Map<String, Map<Who, Integer>> actual = new LinkedHashMap<>();
        for (var action : actions.entrySet()) {
            Map<Who, Integer> row = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                Account owner = fx.delegate();
                String id = register(owner, PASSPORT);
                boolean needsApproval = action.getKey().equals("checkIn") || action.getKey().equals("badge");
                if (needsApproval) {
                    users.as(fx.secretariat, () -> registrationDecisions.approve(new RegistrationId(java.util.UUID.fromString(id))));
                }
                RegistrationStatus before = status(id);
                Account actor = switch (who) {
                    case OWNER -> owner;
                    case OTHER_DELEGATE -> other;
                    case FOCAL_POINT_OWN -> fpOwn;
                    case FOCAL_POINT_OTHER -> fpOther;
                    case CHAIR -> chair;
                    case SECRETARIAT -> fx.secretariat;
                };
                String[] call = action.getValue().apply(id).split(" ");
                String badge = needsApproval ? users.as(fx.secretariat,
                        () -> registrations.view(new RegistrationId(java.util.UUID.fromString(id))).badgeCode()) : "";
                if (action.getKey().equals("checkIn")) {
                    clock.set(CheckInDesk.opens(meeting)); // the desk is open from the day before the meeting
                }
                TestHttp.Response r = call[0].equals("GET") ? http(actor).get(call[1])
                        : http(actor).post(call[1], "{\"reason\":\"checked\",\"code\":\"" + badge + "\"}");
                clock.set(TestClockConfig.START);
                row.put(who, r.status());
                if (r.status() == 403) {
                    assertThat(status(id)).as(action.getKey() + " by " + who + " changed nothing").isEqualTo(before);
                    assertThat(r.body()).doesNotContain("K1234567");
                }
                if (who == Who.FOCAL_POINT_OWN && r.status() == 200) {
                    assertThat(r.body()).as("focal points never see passport data").doesNotContain("K1234567");
                }
            }
            actual.put(action.getKey(), row);
        }
        Map<String, Map<Who, Integer>> want = new LinkedHashMap<>();
        expected.forEach((k, v) -> {
            Map<Who, Integer> row = new EnumMap<>(Who.class);
            for (Who w : Who.values()) {
                row.put(w, v[w.ordinal()]);
            }
            want.put(k, row);
        });
        assertThat(actual).isEqualTo(want);
    }

    private RegistrationStatus status(String id) {
        return users.as(fx.secretariat,
                () -> registrations.view(new RegistrationId(java.util.UUID.fromString(id))).status());
    }

    @Test
    void forgedFieldsAndRepeatedDecisionsAreRefusedWithNothingChanged() {
        Organisation sector = fx.organisation(MembershipCategory.SECTOR_MEMBER, "SE", false);
        Account delegate = fx.delegate();
        TestHttp.Response forged = http(delegate).post("/api/v1/meetings/" + meeting.code() + "/registrations",
                form(sector, "\"interpretationLanguage\":\"fr\""));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("code").asString()).isEqualTo("registration.memberStateOnly");
        assertThat(http(delegate).get("/api/v1/meetings/" + meeting.code() + "/registrations/mine").status())
                .isEqualTo(404);

        String id = register(delegate, "");
        assertThat(http(delegate).post("/api/v1/meetings/" + meeting.code() + "/registrations", form(org, ""))
                .status()).isEqualTo(409);
        assertThat(http(fpOwn).post("/api/v1/registrations/" + id + "/approve", "").status()).isEqualTo(200);
        TestHttp.Response again = http(fpOwn).post("/api/v1/registrations/" + id + "/reject", "{\"reason\":\"x\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("registration.alreadyDecided");
        assertThat(status(id)).isEqualTo(RegistrationStatus.APPROVED);
    }

    @Test
    void theSamePersonRegisteringSeveralTimesAtOnceGetsOneRegistration() throws Exception {
        Account delegate = fx.delegate();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> http(delegate).post(
                        "/api/v1/meetings/" + meeting.code() + "/registrations", form(org, "")).status()));
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : futures) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdown();
        }
    }

    private static Instant zurich(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("Europe/Zurich")).toInstant();
    }

    /** First day 14 September 2026: pre-registration and visa support close on 14 August 23:59:59 Geneva time. */
    @Test
    void preRegistrationBoundaryMarksLateAndClosesVisaSupport() {
        clock.set(zurich("2026-08-14T23:59:59"));
        Account onTime = fx.delegate();
        String id = register(onTime, PASSPORT);
        assertThat(http(onTime).get("/api/v1/registrations/" + id).json().get("late").asBoolean()).isFalse();

        clock.set(zurich("2026-08-15T00:00:00"));
        Account late = fx.delegate();
        TestHttp.Response visa = http(late).language("en").post(
                "/api/v1/meetings/" + meeting.code() + "/registrations", form(org, PASSPORT));
        assertThat(visa.status()).isEqualTo(403);
        assertThat(visa.json().get("detail").asString())
                .isEqualTo("The deadline for Pre-registration (online registration form) passed on "
                        + "14 August 2026 23:59:59 (Europe/Zurich).");
        TestHttp.Response zh = http(late).language("zh").post(
                "/api/v1/meetings/" + meeting.code() + "/registrations", form(org, PASSPORT));
        assertThat(zh.json().get("detail").asString()).contains("2026年8月14日 23:59:59 (Europe/Zurich)");
        String lateId = register(late, "");
        assertThat(http(late).get("/api/v1/registrations/" + lateId).json().get("late").asBoolean()).isTrue();
    }

    /** Interpretation and fellowships close 6 weeks before (3 August), captioning 2 months before (14 July). */
    @Test
    void requestKindsCloseAtTheirOwnDeadlines() {
        String[][] cases = {
                {"2026-08-03T23:59:59", "2026-08-04T00:00:00", "\"interpretationLanguage\":\"es\"", "Interpretation requests"},
                {"2026-08-03T23:59:59", "2026-08-04T00:00:00", "\"fellowshipRequest\":true", "Fellowship requests"},
                {"2026-07-14T23:59:59", "2026-07-15T00:00:00", "\"captioningRequest\":true", "real-time captioning"},
                {"2026-07-14T23:59:59", "2026-07-15T00:00:00", "\"signLanguageRequest\":true", "real-time captioning"}};
        for (String[] c : cases) {
            clock.set(zurich(c[0]));
            register(fx.delegate(), c[2]);
            clock.set(zurich(c[1]));
            Account late = fx.delegate();
            TestHttp.Response r = http(late).post("/api/v1/meetings/" + meeting.code() + "/registrations",
                    form(org, c[2]));
            assertThat(r.status()).as(c[2]).isEqualTo(403);
            assertThat(r.json().get("detail").asString()).contains(c[3]).contains("23:59:59 (Europe/Zurich)");
            assertThat(http(late).get("/api/v1/meetings/" + meeting.code() + "/registrations/mine").status())
                    .isEqualTo(404);
        }
    }
}
