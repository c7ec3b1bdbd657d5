package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every write endpoint of the API and every page form, found in the request mappings so a
 * new one is not forgotten, with hostile input as the secretariat (so no authorization hides a
 * fault): NUL characters, over-long texts (the field's own limit plus one, or 200,000
 * characters), {@code [null]} list elements, extreme dates, an offset time zone, an unterminated
 * multipart body, and a garbled language cookie on every page. Each must be a 4xx (an RFC 9457
 * problem from the API), and nothing may be saved.
 */
@IntegrationTest
class BadInputTests {

    static final List<String> GARBLED_COOKIES = List.of("%%%", "xx Foo/Bar", "zz_ZZ_@@@");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    HostileClient client;
    String code;
    int studyGroup;
    final List<String> faults = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Account secretariat = users.create("Hostile Secretariat", Role.SECRETARIAT);
        TestHttp api = new TestHttp(port).as(secretariat.email(), TestUsers.PASSWORD);
        studyGroup = jdbc.sql("select coalesce(max(number), 40) + 1 from meetings_study_group where number < 99")
                .query(Integer.class).single();
        var sg = api.post("/api/v1/study-groups",
                "{\"number\":" + studyGroup + ",\"title\":{\"en\":\"Hostile SG\"},\"studyPeriod\":\"2025-2028\"}");
        assertThat(sg.status()).as(sg.body()).isEqualTo(201);
        api.put("/api/v1/study-groups/" + studyGroup + "/working-parties/1", "{\"title\":{\"en\":\"WP1\"}}");
        api.put("/api/v1/study-groups/" + studyGroup + "/questions/1", "{\"title\":{\"en\":\"Q1\"},\"workingParty\":1}");
        code = "BAD-" + UUID.randomUUID().toString().substring(0, 8);
        var m = api.post("/api/v1/meetings", """
                {"code":"%s","studyGroup":%d,"details":{"title":{"en":"Hostile meeting"},"place":{"en":"Geneva"},
                 "venue":{"en":"ITU"},"firstDay":"2026-10-12","lastDay":"2026-10-16","timeZone":"Europe/Zurich",
                 "openingTime":"09:30","registrationTime":"08:30"}}""".formatted(code, studyGroup));
        assertThat(m.status()).as(m.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/meetings/" + code + "/agenda", "{\"number\":\"1\",\"title\":{\"en\":\"Opening\"}}")
                .status()).isEqualTo(201);
        client = new HostileClient(port, secretariat.email(), TestUsers.PASSWORD);
    }

    Map<String, String> pathValues() {
        return Map.of("code", code, "number", String.valueOf(studyGroup), "wp", "1", "question", "1", "rule",
                "CONTRIBUTIONS", "lang", "en", "kind", "FELLOWSHIP", "action", "approve", "screen", "none");
    }

    @Test
    void everyApiBodyRefusesHostileInputWithAProblemAndSavesNothing() {
        for (Endpoint e : endpoints(true)) {
            if (e.bodyType() == String.class) {
                for (String text : List.of(HostileValues.NUL, HostileValues.HUGE)) {
                    check(e, (text.length() > 100 ? "200000 characters" : "NUL") + " in the body",
                            () -> client.text(e.method(), e.path(), e.consumes(), text), true);
                }
            } else if (e.bodyType() != null) {
                for (var v : HostileValues.variants(e.bodyType())) {
                    check(e, v.what(), () -> client.json(e.method(), e.path(), TestHttp.json(v.body())), true);
                }
            }
            for (var f : e.formVariants()) {
                check(e, f.what(), () -> client.form(e.method(), e.path(), f.fields(), e.multipart(), false), true);
            }
            if (e.method().equals("POST") || e.method().equals("PUT")) {
                check(e, "unterminated multipart", () -> client.unterminatedMultipart(e.method(), e.path(), false),
                        true);
            }
        }
        assertThat(faults).as("API endpoints that mishandle bad input").isEmpty();
    }

    @Test
    void everyPageFormRefusesHostileInputAndSavesNothing() {
        client.login();
        for (Endpoint e : endpoints(false)) {
            if (!e.method().equals("POST")) {
                continue;
            }
            List<String> scraped = client.formFieldsOn(e.path());
            for (var f : e.formVariants(scraped)) {
                check(e, f.what(), () -> client.form(e.method(), e.path(), f.fields(), e.multipart(), true), false);
            }
            check(e, "unterminated multipart", () -> client.unterminatedMultipart(e.method(), e.path(), true), false);
        }
        assertThat(faults).as("page forms that mishandle bad input").isEmpty();
    }

    @Test
    void everyPageAndReadAnswersAGarbledLanguageCookieWithoutA500() {
        client.login();
        for (Endpoint e : endpoints(false)) {
            if (e.method().equals("GET") && !e.path().contains("/events")) {
                for (String cookie : GARBLED_COOKIES) {
                    int status = client.getWithLanguageCookie(e.path(), cookie);
                    if (status >= 500) {
                        faults.add("GET " + e.path() + " with plenary-lang=" + cookie + " -> " + status);
                    }
                }
            }
            if (e.method().equals("GET")) {
                for (var f : e.formVariants()) {
                    var r = client.get(e.path(), f.fields());
                    if (r.status() >= 500 || (f.what().startsWith("NUL") && r.status() < 400)) {
                        faults.add("GET " + e.path() + " " + f.what() + " -> " + r.status());
                    }
                }
            }
        }
        assertThat(faults).as("reads that fail on a garbled cookie or a NUL in the query").isEmpty();
    }

    @Test
    void aMeetingKeptWithAnOffsetZoneStillHasACalendarAndNoNewOneGetsIt() {
        var refused = new TestHttp(port).as("secretariat@plenary.local", "test-admin-password-1").put(
                "/api/v1/meetings/" + code, """
                {"title":{"en":"Hostile meeting"},"firstDay":"2026-10-12","lastDay":"2026-10-16",
                 "timeZone":"+14:00","openingTime":"09:30","registrationTime":"08:30"}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("meeting.zoneRegion");
        // a row saved before zones were checked
        jdbc.sql("update meetings_meeting set time_zone = '+14:00' where code = ?").param(code).update();
        try {
            var feed = new TestHttp(port).get("/meetings/" + code + "/calendar.ics");
            assertThat(feed.status()).as(feed.body()).isEqualTo(200);
            assertThat(feed.body()).contains("BEGIN:VCALENDAR");
        } finally {
            jdbc.sql("update meetings_meeting set time_zone = 'Europe/Zurich' where code = ?").param(code).update();
        }
    }

    private void check(Endpoint e, String what, Supplier<HostileClient.Answer> send, boolean api) {
        String before = fingerprint();
        HostileClient.Answer r = send.get();
        String after = fingerprint();
        String where = e.method() + " " + e.path() + " [" + what + "]";
        if (r.status() >= 500) {
            faults.add(where + " -> " + r.status() + " " + HostileClient.head(r.body()));
        } else if (r.status() < 400) {
            faults.add(where + " accepted -> " + r.status());
        } else if (api && !r.contentType().startsWith("application/problem+json")) {
            faults.add(where + " -> " + r.status() + " without a problem detail (" + r.contentType() + ")");
        }
        if (!before.equals(after)) {
            faults.add(where + " saved something -> " + r.status());
        }
    }

    /**
     * A fingerprint of every table a request could write (not sessions, throttles, the event log, or
     * db-scheduler's table, whose heartbeats and next-run times move in the background every second).
     */
    private String fingerprint() {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables where table_schema = 'public'
                and table_type = 'BASE TABLE' and table_name not like 'flyway%' and table_name not like '%session%'
                and table_name not like 'event_publication%' and table_name not like '%throttle%'
                and table_name not like '%login%' and table_name <> 'shared_scheduled_tasks'
                order by table_name""").query(String.class).list();
        StringBuilder sql = new StringBuilder("select md5(string_agg(h, ',' order by t)) from (");
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i == 0 ? "" : " union all ").append("select '").append(tables.get(i))
                    .append("' t, coalesce(md5(string_agg(x::text, '' order by x::text)), '') h from \"")
                    .append(tables.get(i)).append("\" x");
        }
        return jdbc.sql(sql.append(") f").toString()).query(String.class).single();
    }

    /** Every handler of the API (or of the pages), with the path variables filled in. */
    List<Endpoint> endpoints(boolean api) {
        List<Endpoint> out = new ArrayList<>();
        Map<String, String> values = pathValues();
        new TreeMap<>(Map.copyOf(mappings.getHandlerMethods().entrySet().stream()
                .collect(Collectors.toMap(en -> en.getKey().toString(), en -> en))))
                .values().forEach(en -> {
                    RequestMappingInfo info = en.getKey();
                    HandlerMethod h = en.getValue();
                    boolean rest = AnnotatedElementUtils.hasAnnotation(h.getBeanType(), RestController.class);
                    if (!h.getBeanType().getPackageName().startsWith("org.plenary")) {
                        return;
                    }
                    for (String pattern : info.getPatternValues()) {
                        boolean isApi = pattern.startsWith("/api/");
                        if (isApi != api || (api && !rest && !isApi)) {
                            continue;
                        }
                        for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                            if (api && m == RequestMethod.GET) {
                                continue;
                            }
                            String consumes = info.getConsumesCondition().getConsumableMediaTypes().stream()
                                    .findFirst().map(Object::toString).orElse("application/json");
                            out.add(Endpoint.of(m.name(), fill(pattern, values), h, consumes));
                        }
                    }
                });
        return out;
    }

    static String fill(String pattern, Map<String, String> values) {
        var m = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String regex = m.group(2);
            String v = values.get(name);
            if (regex != null && v == null) {
                v = regex.substring(1).split("\\|")[0];
            }
            m.appendReplacement(sb, v != null ? v : UUID.randomUUID().toString());
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static Type bodyType(HandlerMethod h) {
        for (Parameter p : h.getMethod().getParameters()) {
            if (p.isAnnotationPresent(RequestBody.class)) {
                return p.getParameterizedType();
            }
        }
        return null;
    }
}
