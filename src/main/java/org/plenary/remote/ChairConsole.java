package org.plenary.remote;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's console of a session: the speaking queue fed from the room and by remote participants,
 * the floor, cutting off a remote speaker until restored (L-RP-4), the moderated chat and the voice
 * quality of each remote participant. Everything is kept in PostgreSQL; browsers hear of changes
 * through {@link LiveUpdates}.
 */
@Service
public class ChairConsole {

    static final int CHAT_LINES = 50;
    static final int CHAT_MAX = 1000;

    private final RemoteAccess access;
    private final RemoteParticipation remote;
    private final Attendances attendance;
    private final ConsoleStore store;
    private final LiveUpdates live;
    private final Clock clock;

    ChairConsole(RemoteAccess access, RemoteParticipation remote, Attendances attendance, ConsoleStore store,
            LiveUpdates live, Clock clock) {
        this.access = access;
        this.remote = remote;
        this.attendance = attendance;
        this.store = store;
        this.live = live;
        this.clock = clock;
    }

    /** A voice-quality report with the E-model's verdict. */
    public record Quality(double delayMs, double jitterMs, double lossPercent, String codec, double r, double mos,
            EModel.Grade grade, Instant at) {
        public boolean poor() {
            return grade == EModel.Grade.LOW || grade == EModel.Grade.POOR;
        }
    }

    public record Speaker(UUID accountId, String name, boolean remote, Instant since, Quality quality) {
    }

    public record ChatLine(long id, UUID accountId, String name, Instant at, String body, boolean hidden) {
    }

    /** What a console shows; {@code chair} says whether the viewer holds the controls. */
    public record State(SessionContext session, UUID viewer, boolean chair, Speaker floor, List<Speaker> queue,
            List<Speaker> cutOff, List<ChatLine> chat, boolean handRaised, boolean viewerCutOff, boolean viewerRemote) {
    }

    // ---------------------------------------------------------------- reading

    public State state(String code, UUID sessionId) {
        SessionContext s = access.session(code, sessionId);
        UUID me = RemoteAccess.myId();
        boolean chair = access.isChair(s.meeting());
        Presence presence = presence(s, me);
        if (!chair && presence == Presence.ABSENT) {
            // someone with no part in the meeting (an officer just removed, say) is not told to join it
            throw PlenaryException.forbidden(access.participation(s.meeting(), me).isPresent()
                    ? "remote.console.notPresent" : "remote.console.notTakingPart");
        }
        Map<UUID, Quality> qualities = store.qualities(s.id()).stream().collect(Collectors.toMap(
                ConsoleStore.Quality::accountId, q -> new Quality(q.delayMs(), q.jitterMs(), q.lossPercent(), q.codec(),
                        q.r(), q.mos(), EModel.rate(q.delayMs(), q.jitterMs(), q.lossPercent(), q.codec()).grade(),
                        q.at())));
        Function<UUID, Quality> quality = a -> qualities.get(a);
        Speaker floor = store.floor(s.id()).map(f -> new Speaker(f.accountId(), access.name(f.accountId()), f.remote(),
                f.since(), f.remote() ? quality.apply(f.accountId()) : null)).orElse(null);
        List<ConsoleStore.Hand> hands = store.hands(s.id());
        List<Speaker> queue = hands.stream().map(h -> new Speaker(h.accountId(), access.name(h.accountId()),
                h.remote(), h.raisedAt(), h.remote() ? quality.apply(h.accountId()) : null)).toList();
        List<UUID> cut = store.cutOff(s.id());
        List<Speaker> cutOff = cut.stream()
                .map(a -> new Speaker(a, access.name(a), true, null, quality.apply(a))).toList();
        List<ChatLine> chat = store.chat(s.id(), CHAT_LINES).stream().filter(c -> chair || !c.hidden())
                .map(c -> new ChatLine(c.id(), c.accountId(), access.name(c.accountId()), c.at(), c.body(), c.hidden()))
                .toList();
        return new State(s, me, chair, floor, queue, cutOff, chat,
                hands.stream().anyMatch(h -> h.accountId().equals(me)), cut.contains(me), presence == Presence.REMOTE);
    }

    /** Checks that the caller may follow the session's live updates. */
    public SessionContext follow(String code, UUID sessionId) {
        return state(code, sessionId).session();
    }

    private enum Presence {
        ROOM, REMOTE, ABSENT
    }

    private Presence presence(SessionContext s, UUID account) {
        if (attendance.present(s.id(), account, Attendances.Mode.ROOM)) {
            return Presence.ROOM;
        }
        if (attendance.present(s.id(), account, Attendances.Mode.REMOTE) && remote.mayTakePartRemotely(s, account)) {
            return Presence.REMOTE;
        }
        return Presence.ABSENT;
    }

    // ---------------------------------------------------------------- the queue

    /**
     * Raises a hand. A participant raises only their own; the chair's side may add someone who is
     * in the room (a hand seen in the room). A remote speaker who was cut off stays off the queue.
     */
    @Transactional
    public void raiseHand(String code, UUID sessionId, UUID account) {
        SessionContext s = access.session(code, sessionId);
        UUID me = RemoteAccess.myId();
        UUID who = account == null ? me : account;
        Presence presence = presence(s, who);
        if (!who.equals(me)) {
            if (!access.isChair(s.meeting())) {
                throw PlenaryException.forbidden("remote.hand.notYours");
            }
            if (presence != Presence.ROOM) {
                throw PlenaryException.forbidden("remote.hand.onlyRoomForOthers");
            }
        }
        if (presence == Presence.ABSENT) {
            throw PlenaryException.forbidden("remote.console.notPresent");
        }
        if (presence == Presence.REMOTE && store.isCutOff(s.id(), who)) {
            throw PlenaryException.conflict("remote.hand.cutOff");
        }
        if (!store.raise(s.id(), who, presence == Presence.REMOTE, clock.instant())) {
            throw PlenaryException.conflict("remote.hand.alreadyRaised");
        }
        live.changed(s.id());
    }

    /** Lowers a hand: one's own, or anyone's for the chair's side. */
    @Transactional
    public void lowerHand(String code, UUID sessionId, UUID account) {
        SessionContext s = access.session(code, sessionId);
        UUID me = RemoteAccess.myId();
        UUID who = account == null ? me : account;
        if (!who.equals(me)) {
            access.requireChair(s.meeting());
        }
        if (store.lower(s.id(), who)) {
            live.changed(s.id());
        }
    }

    /** The chair gives the floor to someone in the queue; they leave the queue. */
    @Transactional
    public void giveFloor(String code, UUID sessionId, UUID account) {
        SessionContext s = access.session(code, sessionId);
        access.requireChair(s.meeting());
        ConsoleStore.Hand hand = store.hands(s.id()).stream().filter(h -> h.accountId().equals(account)).findFirst()
                .orElseThrow(() -> PlenaryException.conflict("remote.floor.notInQueue"));
        if (hand.remote() && store.isCutOff(s.id(), account)) {
            throw PlenaryException.conflict("remote.hand.cutOff");
        }
        store.lower(s.id(), account);
        store.giveFloor(s.id(), account, hand.remote(), clock.instant());
        live.changed(s.id());
    }

    @Transactional
    public void withdrawFloor(String code, UUID sessionId) {
        SessionContext s = access.session(code, sessionId);
        access.requireChair(s.meeting());
        if (store.clearFloor(s.id())) {
            live.changed(s.id());
        }
    }

    /**
     * L-RP-4: the chair cuts off a remote speaker (poor voice quality): off the floor, off the queue,
     * and kept off until restored.
     */
    @Transactional
    public void cutOff(String code, UUID sessionId, UUID account) {
        SessionContext s = access.session(code, sessionId);
        var me = access.requireChair(s.meeting());
        if (presence(s, account) != Presence.REMOTE) {
            throw PlenaryException.conflict("remote.cutOff.notRemote");
        }
        store.cutOff(s.id(), account, me.accountId().value(), clock.instant());
        store.lower(s.id(), account);
        store.clearFloorIf(s.id(), account);
        live.changed(s.id());
    }

    @Transactional
    public void restore(String code, UUID sessionId, UUID account) {
        SessionContext s = access.session(code, sessionId);
        access.requireChair(s.meeting());
        if (!store.restore(s.id(), account, clock.instant())) {
            throw PlenaryException.conflict("remote.restore.notCutOff");
        }
        live.changed(s.id());
    }

    // ---------------------------------------------------------------- chat

    @Transactional
    public long post(String code, UUID sessionId, String body) {
        SessionContext s = access.session(code, sessionId);
        UUID me = RemoteAccess.myId();
        if (!access.isChair(s.meeting()) && presence(s, me) == Presence.ABSENT) {
            throw PlenaryException.forbidden("remote.console.notPresent");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw PlenaryException.invalid("remote.chat.empty");
        }
        if (text.length() > CHAT_MAX) {
            throw PlenaryException.invalid("remote.chat.tooLong", CHAT_MAX);
        }
        long id = store.post(s.id(), me, text, clock.instant());
        live.changed(s.id());
        return id;
    }

    /** Moderation: the chair's side hides a message from the participants. */
    @Transactional
    public void hide(String code, UUID sessionId, long messageId) {
        SessionContext s = access.session(code, sessionId);
        var me = access.requireChair(s.meeting());
        if (!store.hide(s.id(), messageId, me.accountId().value(), clock.instant())) {
            throw PlenaryException.notFound("remote.chat.notFound");
        }
        live.changed(s.id());
    }

    // ---------------------------------------------------------------- voice quality

    /**
     * A remote participant's client reports its own connection; the E-model rates it. Impossible
     * values are refused and nothing is stored.
     */
    @Transactional
    public Quality report(String code, UUID sessionId, double delayMs, double jitterMs, double lossPercent,
            String codec) {
        SessionContext s = access.session(code, sessionId);
        UUID me = RemoteAccess.myId();
        EModel.Rating rating = EModel.rate(delayMs, jitterMs, lossPercent, codec);
        if (presence(s, me) != Presence.REMOTE) {
            throw PlenaryException.forbidden("remote.quality.notRemote");
        }
        String c = Codec.find(codec).orElseThrow().label();
        Instant now = clock.instant();
        store.quality(s.id(), me, new ConsoleStore.Quality(me, now, delayMs, jitterMs, lossPercent, c, rating.r(),
                rating.mos()));
        live.changed(s.id());
        return new Quality(delayMs, jitterMs, lossPercent, c, rating.r(), rating.mos(), rating.grade(), now);
    }
}
