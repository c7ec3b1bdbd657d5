package org.plenary.remote;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.meetings.DeadlineEngine;
import org.plenary.meetings.Meeting;
import org.plenary.shared.Hashes;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * Remote participation: requests and grants (L-RP-1..3) and tokenised join links. A link belongs to
 * one person and one session, can be revoked, and opens the provider's room only for its owner and
 * only within the session's window.
 */
@Service
public class RemoteParticipation {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RemoteAccess access;
    private final RemoteRequests requests;
    private final JoinLinks links;
    private final Attendances attendance;
    private final LiveUpdates live;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String providerTemplate;
    private final Duration early;
    private final Duration late;

    RemoteParticipation(RemoteAccess access, RemoteRequests requests, JoinLinks links, Attendances attendance,
            LiveUpdates live, Clock clock, ApplicationEventPublisher events, RemoteProperties props) {
        this.access = access;
        this.requests = requests;
        this.links = links;
        this.attendance = attendance;
        this.live = live;
        this.clock = clock;
        this.events = events;
        this.providerTemplate = props.providerUrl();
        this.early = Duration.ofMinutes(props.joinEarlyMinutes());
        this.late = Duration.ofMinutes(props.joinLateMinutes());
    }

    /** How a person stands with remote participation in one session. */
    public enum Standing {
        /** L-RP-1: opening and closing plenaries. */
        ALWAYS_OPEN, GRANTED, REQUESTED, REFUSED, MAY_REQUEST, TOO_LATE, NOT_REGISTERED, NOT_PLACED
    }

    /** The calling person's standing for a session. */
    public Standing standing(String code, UUID sessionId) {
        return standing(access.session(code, sessionId), RemoteAccess.myId());
    }

    Standing standing(SessionContext s, UUID account) {
        if (access.participation(s.meeting(), account).isEmpty()) {
            return Standing.NOT_REGISTERED;
        }
        if (s.alwaysRemote()) {
            return Standing.ALWAYS_OPEN;
        }
        Optional<RemoteRequest> r = requests.of(s.id(), account);
        if (r.isPresent()) {
            return switch (r.get().status()) {
                case GRANTED -> Standing.GRANTED;
                case REQUESTED -> Standing.REQUESTED;
                case REFUSED -> Standing.REFUSED;
            };
        }
        if (!s.placed()) {
            return Standing.NOT_PLACED;
        }
        return clock.instant().isAfter(deadline(s)) ? Standing.TOO_LATE : Standing.MAY_REQUEST;
    }

    /** Whether the person may take part remotely: registered, and an always-open session or a granted request. */
    boolean mayTakePartRemotely(SessionContext s, UUID account) {
        Standing st = standing(s, account);
        return st == Standing.ALWAYS_OPEN || st == Standing.GRANTED;
    }

    static Instant deadline(SessionContext s) {
        return DeadlineEngine.remoteParticipationDeadline(s.start());
    }

    // ---------------------------------------------------------------- requests (L-RP-2, L-RP-3)

    /** The calling participant asks to take part remotely, at least 24 hours before the session starts. */
    @Transactional
    public RemoteRequest request(String code, UUID sessionId) {
        SessionContext s = access.session(code, sessionId);
        UUID me = RemoteAccess.myId();
        access.requireRegistered(s.meeting(), me);
        if (s.alwaysRemote()) {
            throw PlenaryException.conflict("remote.request.notNeeded");
        }
        if (!s.placed()) {
            throw PlenaryException.conflict("remote.request.notPlaced");
        }
        Instant now = clock.instant();
        if (now.isAfter(deadline(s))) {
            throw PlenaryException.conflict("remote.request.tooLate", local(deadline(s), s));
        }
        if (requests.of(s.id(), me).isPresent()) {
            throw PlenaryException.conflict("remote.request.duplicate");
        }
        RemoteRequest r = new RemoteRequest(UUID.randomUUID(), s.meetingId(), s.id(), me, now,
                RemoteRequest.Status.REQUESTED, null, null);
        requests.insert(r);
        return r;
    }

    /** The meeting's officers or the secretariat grant a waiting request. */
    @Transactional
    public RemoteRequest grant(String code, UUID requestId) {
        return decide(code, requestId, RemoteRequest.Status.GRANTED);
    }

    @Transactional
    public RemoteRequest refuse(String code, UUID requestId) {
        return decide(code, requestId, RemoteRequest.Status.REFUSED);
    }

    private RemoteRequest decide(String code, UUID requestId, RemoteRequest.Status to) {
        Meeting m = access.meeting(code);
        PlenaryPrincipal me = access.requireChair(m);
        RemoteRequest r = requests.byId(requestId).filter(x -> x.meetingId().equals(m.id().value()))
                .orElseThrow(() -> PlenaryException.notFound("remote.request.notFound"));
        if (!requests.decide(r.id(), to, me.accountId().value(), clock.instant())) {
            throw PlenaryException.conflict("remote.request.alreadyDecided");
        }
        if (to == RemoteRequest.Status.REFUSED) {
            links.revoke(r.sessionId(), r.accountId(), me.accountId().value(), clock.instant());
        }
        events.publishEvent(new RemoteRequestDecided(r.id(), m.id(), m.code(), m.title(), new AccountId(r.accountId()),
                access.session(code, r.sessionId()).title(), to == RemoteRequest.Status.GRANTED));
        return requests.byId(requestId).orElseThrow();
    }

    /** All requests of the meeting, for its chair's side. */
    public List<RemoteRequest> requests(String code) {
        Meeting m = access.meeting(code);
        access.requireChair(m);
        return requests.ofMeeting(m.id().value());
    }

    /** The caller's own requests for the meeting. */
    public List<RemoteRequest> myRequests(String code) {
        return requests.ofAccount(access.meeting(code).id().value(), RemoteAccess.myId());
    }

    // ---------------------------------------------------------------- join links

    /**
     * A new join link for the caller: {@code /remote/join/{token}}. The token is shown once and only
     * its hash is kept; earlier links of the same person for the session stop working.
     */
    @Transactional
    public String issueLink(String code, UUID sessionId) {
        SessionContext s = access.session(code, sessionId);
        UUID me = RemoteAccess.myId();
        access.requireRegistered(s.meeting(), me);
        if (!mayTakePartRemotely(s, me)) {
            throw PlenaryException.forbidden("remote.notAllowed");
        }
        if (!s.placed()) {
            throw PlenaryException.conflict("remote.request.notPlaced");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        links.revoke(s.id(), me, me, now);
        links.insert(hash(token), s.meetingId(), s.id(), me, now);
        return "/remote/join/" + token;
    }

    /** Revokes a person's links for a session: the person themselves, or the chair's side. */
    @Transactional
    public int revokeLinks(String code, UUID sessionId, UUID account) {
        SessionContext s = access.session(code, sessionId);
        UUID me = RemoteAccess.myId();
        if (!me.equals(account)) {
            access.requireChair(s.meeting());
        }
        return links.revoke(s.id(), account, me, clock.instant());
    }

    public boolean hasLink(String code, UUID sessionId) {
        return links.hasActive(sessionId, RemoteAccess.myId());
    }

    /**
     * Opens a join link: only its owner, not revoked, within the session's window, still allowed to
     * take part remotely. Records the remote attendance and answers the provider's URL.
     */
    @Transactional
    public String join(String token) {
        JoinLinks.Link link = links.byHash(hash(token == null ? "" : token))
                .orElseThrow(() -> PlenaryException.notFound("remote.join.unknown"));
        if (link.revokedAt() != null) {
            throw PlenaryException.conflict("remote.join.revoked");
        }
        UUID me = RemoteAccess.myId();
        if (!link.accountId().equals(me)) {
            throw PlenaryException.forbidden("remote.join.notYours");
        }
        SessionContext s = access.session(access.meetingCode(link.meetingId()), link.sessionId());
        Instant now = clock.instant();
        Instant opens = s.start().toInstant().minus(early);
        Instant closes = s.end().plus(late);
        if (now.isBefore(opens) || now.isAfter(closes)) {
            throw PlenaryException.conflict("remote.join.outsideWindow", local(opens, s), local(closes, s));
        }
        if (!mayTakePartRemotely(s, me)) {
            throw PlenaryException.forbidden("remote.notAllowed");
        }
        if (attendance.record(s.meetingId(), s.id(), me, Attendances.Mode.REMOTE, now, me)) {
            live.changed(s.id());
        }
        return providerTemplate.replace("{session}", UriUtils.encode(s.id().toString(), StandardCharsets.UTF_8))
                .replace("{token}", UriUtils.encode(token, StandardCharsets.UTF_8));
    }

    /** An instant as the meeting's local time, for messages: "2026-09-13 10:00 Europe/Zurich". */
    static String local(Instant at, SessionContext s) {
        return WHEN.format(at.atZone(s.meeting().zone())) + " " + s.meeting().zone().getId();
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    static String hash(String token) {
        return Hashes.sha256Hex(token);
    }
}
