package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.MeetingSetup;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationForm;
import org.plenary.registration.RegistrationDecisions;
import org.plenary.registration.RegistrationSubmission;
import org.plenary.scheduling.SchedulePublishing;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Renders every page (each GET route of the pages, path variables filled from the demo meeting) for
 * an anonymous reader and for each role, in the six languages, and fails on what a reader should
 * never see: a raw enum name, a Java object's {@code toString}, {@code null}, an unfilled
 * placeholder or an unresolved message key. Mails in the outbox are scanned for the same and for
 * relative links. Plain HTTP, no browser.
 */
@IntegrationTest
class PageScanTests {

    static final String DEMO = "SG12-2026-06";
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");
    /** Downloads and streams: not pages. */
    static final Pattern NOT_A_PAGE = Pattern.compile(".*(\\.(pdf|csv|xlsx|docx|zip|ics|atom)|/events|/file)$");

    /** Names of file formats, which pages show as they are. */
    static final Set<String> FORMATS = Set.of("DOCX", "XLSX", "PPTX", "HTML", "JSON", "HTTP");
    static final Pattern ENUM_LIKE = Pattern.compile("\\b[A-Z]{3,}_[A-Z_]+\\b");
    static final Pattern TO_STRING = Pattern.compile("\\w@[0-9a-f]{5,}|\\[Ljava|\\b[A-Z]\\w+\\[\\w+=|Optional\\[|"
            + "Optional\\.empty|\\bjava\\.(lang|util|time)\\.");
    static final Pattern NULL = Pattern.compile("\\bnull\\b");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?}");
    static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");
    static final Pattern RELATIVE_LINK = Pattern.compile("href=\"/|(^|[\\s(<:])/(meetings|remote|secretariat|"
            + "registrations|documents|focal-point|account|password|signup|visa-letters|fellowships)\\b");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Directory directory;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingSetup meetingSetup;
    @Autowired
    RegistrationSubmission submission;
    @Autowired
    RegistrationDecisions decisions;
    @Autowired
    SchedulePublishing publishing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noPageInAnyLanguageShowsAnEnumAnObjectNullOrAnUnfilledPlaceholder() {
        String u = UUID.randomUUID().toString().substring(0, 6);
        Account sec = users.create("Scan Secretariat " + u, Role.SECRETARIAT);
        // one participant in every other role: an officer of the meeting, a focal point, a registered delegate
        Account participant = users.create("Scan Participant " + u, Role.CHAIR, Role.FOCAL_POINT, Role.DELEGATE);
        users.as(sec, () -> meetingSetup.addOfficer(DEMO, participant.id().value()));
        Organisation org = users.as(sec, () -> directory.create("Scan Administration " + u, "CI",
                MembershipCategory.MEMBER_STATE, null, false));
        users.as(sec, () -> directory.addFocalPoint(org.id(), participant.id()));
        users.as(sec, () -> directory.confirmAffiliation(org.id(), participant.id(), sec.id()));
        Registration r = users.as(participant, () -> submission.submit(meetings.get(DEMO).id(),
                new RegistrationForm(org.id(), true, false, "female", null, null, true, false, false, false, null)));

        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", DEMO);
        values.put("session", publishing.published(DEMO).get(0).id().toString());
        values.put("screen", "montbrillant-lobby");
        values.put("kind", "FELLOWSHIP");
        values.put("number", "12");
        values.put("id", r.id().value().toString());
        List<String> pages = pages(values);
        assertThat(pages).as("the walk found the pages").contains("/", "/meetings/" + DEMO,
                "/secretariat/meetings/" + DEMO + "/check-in", "/secretariat/registrations/" + r.id().value());

        Set<String> enums = enumConstants();
        List<String> defects = Collections.synchronizedList(new ArrayList<>());
        Map<String, HostileClient> readers = new LinkedHashMap<>();
        readers.put("anonymous", new HostileClient(port, "nobody@example.org", "x"));
        for (Account a : List.of(sec, participant)) {
            HostileClient c = new HostileClient(port, a.email(), TestUsers.PASSWORD);
            c.login();
            readers.put(a.name(), c);
        }
        AtomicInteger scanned = new AtomicInteger();
        long started = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            // readers in parallel, each one's pages one after the other (as one person's browser tab)
            pool.submit(() -> readers.entrySet().parallelStream().forEach(reader -> pages.forEach(path -> {
                String who = reader.getKey();
                HostileClient client = reader.getValue();
                for (String lang : LANGUAGES) {
                    HostileClient.Answer a = client.get(path, Map.of("lang", lang));
                    if (a.status() >= 500) {
                        defects.add(who + " " + path + "?lang=" + lang + " -> " + a.status());
                    }
                    if (a.contentType().startsWith("text/html")) {
                        scanned.incrementAndGet();
                        defects.addAll(defects(who + " " + path + "?lang=" + lang, visibleText(a.body()), enums));
                    }
                }
            }))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        System.out.printf("PageScanTests: %d pages rendered in %d s%n", scanned.get(),
                (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(scanned.get()).as("pages rendered").isGreaterThan(pages.size() * LANGUAGES.size());
        assertThat(new TreeSet<>(defects)).as("what the pages show that no reader should see").isEmpty();
    }

    /**
     * A meeting just created, with nothing but what creating requires (no place, venue, chair,
     * contact, letter particulars, agenda, events or rooms): its pages say what is not yet set and
     * never show {@code null}, an enum name or a placeholder, for the secretariat and for anyone.
     */
    @Test
    void aNewMeetingWithNothingSetShowsNoNullOnAnyPage() {
        String u = UUID.randomUUID().toString().substring(0, 6);
        Account sec = users.create("Scan New Meeting " + u, Role.SECRETARIAT);
        String code = "SCAN-" + u;
        users.as(sec, () -> meetingSetup.create(code, 12, new org.plenary.meetings.MeetingDetails(
                LocalizedText.en("Scan meeting " + u), null, null, java.time.LocalDate.of(2027, 5, 10),
                java.time.LocalDate.of(2027, 5, 14), "Europe/Zurich", java.time.LocalTime.of(9, 30),
                java.time.LocalTime.of(8, 30), null, null, null, null)));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("session", UUID.randomUUID().toString());
        values.put("screen", "montbrillant-lobby");
        values.put("kind", "FELLOWSHIP");
        values.put("number", "12");
        values.put("id", UUID.randomUUID().toString());
        List<String> pages = pages(values).stream().filter(p -> p.contains(code)).toList();
        assertThat(pages).as("the walk found the new meeting's pages").contains("/meetings/" + code,
                "/meetings/" + code + "/letter", "/secretariat/meetings/" + code + "/letter",
                "/secretariat/meetings/" + code + "/rooms");
        Set<String> enums = enumConstants();
        List<String> defects = new ArrayList<>();
        HostileClient secretariat = new HostileClient(port, sec.email(), TestUsers.PASSWORD);
        secretariat.login();
        for (var reader : Map.of("anonymous", new HostileClient(port, "nobody@example.org", "x"), "secretariat",
                secretariat).entrySet()) {
            for (String path : pages) {
                for (String lang : LANGUAGES) {
                    HostileClient.Answer a = reader.getValue().get(path, Map.of("lang", lang));
                    if (a.status() >= 500) {
                        defects.add(reader.getKey() + " " + path + "?lang=" + lang + " -> " + a.status());
                    }
                    if (a.contentType().startsWith("text/html")) {
                        defects.addAll(defects(reader.getKey() + " " + path + "?lang=" + lang, visibleText(a.body()),
                                enums));
                    }
                }
            }
        }
        assertThat(new TreeSet<>(defects)).as("what a new meeting's pages show that no reader should see").isEmpty();
    }

    @Test
    void noMailHasARelativeLinkAnEnumAnObjectNullOrAnUnfilledPlaceholder() {
        String u = UUID.randomUUID().toString().substring(0, 6);
        Account sec = users.create("Mail Scan Secretariat " + u, Role.SECRETARIAT);
        Account fp = users.create("Mail Scan Focal Point " + u, Role.FOCAL_POINT, Role.DELEGATE);
        Account delegate = users.create("Mail Scan Delegate " + u, Role.DELEGATE);
        Organisation org = users.as(sec, () -> directory.create("Mail Scan Administration " + u, "MM",
                MembershipCategory.MEMBER_STATE, null, false));
        users.as(sec, () -> directory.addFocalPoint(org.id(), fp.id()));
        users.as(sec, () -> directory.confirmAffiliation(org.id(), delegate.id(), sec.id()));
        Registration r = users.as(delegate, () -> submission.submit(meetings.get(DEMO).id(),
                new RegistrationForm(org.id(), true, false, null, null, null, false, false, false, false, null)));
        users.as(fp, () -> decisions.approve(r.id()));

        Set<String> enums = enumConstants();
        List<String> defects = new ArrayList<>();
        List<Map<String, Object>> mails = jdbc.sql("select id, recipient, subject, body from notifications_outbox")
                .query().listOfRows();
        assertThat(mails.stream().map(m -> m.get("recipient")))
                .as("the mails of this test are among those scanned").contains(fp.email(), delegate.email());
        for (Map<String, Object> m : mails) {
            String where = "mail " + m.get("id") + " to " + m.get("recipient") + " (" + m.get("subject") + ")";
            String body = String.valueOf(m.get("body"));
            defects.addAll(defects(where, m.get("subject") + "\n" + body, enums));
            Matcher rel = RELATIVE_LINK.matcher(body);
            if (rel.find()) {
                defects.add(where + ": relative link near “" + around(body, rel.start()) + "”");
            }
        }
        assertThat(new TreeSet<>(defects)).as("what the mails show that no reader should see").isEmpty();
    }

    /** The GET routes of the pages (not the API, not downloads), path variables filled in. */
    List<String> pages(Map<String, String> values) {
        Set<String> out = new LinkedHashSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod h) -> {
            if (!h.getBeanType().getPackageName().startsWith("org.plenary")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || NOT_A_PAGE.matcher(pattern).matches()) {
                    continue;
                }
                Map<String, String> v = new LinkedHashMap<>(values);
                if (pattern.contains("/versions/")) {
                    v.put("number", "1");
                }
                out.add(BadInputTests.fill(pattern, v));
            }
        });
        return new ArrayList<>(new TreeSet<>(out));
    }

    /** The text a reader sees: text between tags and the attributes read out or shown. */
    static String visibleText(String html) {
        String h = html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ");
        StringBuilder sb = new StringBuilder();
        Matcher attr = Pattern.compile("(?i)\\s(title|placeholder|aria-label|alt|data-confirm|hx-confirm)=\"([^\"]*)\"")
                .matcher(h);
        while (attr.find()) {
            sb.append(attr.group(2)).append('\n');
        }
        Matcher v = Pattern.compile("(?i)<(input|button)\\b[^>]*\\btype=\"(submit|button)\"[^>]*\\bvalue=\"([^\"]*)\"")
                .matcher(h);
        while (v.find()) {
            sb.append(v.group(3)).append('\n');
        }
        sb.append(h.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]*>", "\n"));
        return sb.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
    }

    static List<String> defects(String where, String text, Set<String> enums) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(ENUM_LIKE, TO_STRING, NULL, PLACEHOLDER, UNRESOLVED)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                out.add(where + ": “" + around(text, m.start()) + "”");
            }
        }
        Matcher word = Pattern.compile("\\b[A-Z][A-Z0-9_]{3,}\\b").matcher(text);
        while (word.find()) {
            if (enums.contains(word.group()) && !FORMATS.contains(word.group())) {
                out.add(where + ": enum constant “" + around(text, word.start()) + "”");
                break;
            }
        }
        return out;
    }

    static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ").strip();
    }

    /** The constants of every enum of the code base (the words a page must translate). */
    static Set<String> enumConstants() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Set<String> out = new TreeSet<>();
        for (var d : scanner.findCandidateComponents("org.plenary")) {
            try {
                Class<?> c = Class.forName(d.getBeanClassName());
                if (c.isEnum()) {
                    for (Object e : c.getEnumConstants()) {
                        out.add(((Enum<?>) e).name());
                    }
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(out).as("enum constants found").contains("SUBMITTED", "SG_OPENING");
        return out;
    }
}
