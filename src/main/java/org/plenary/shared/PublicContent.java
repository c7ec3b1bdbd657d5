package org.plenary.shared;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The versions of what public pages show, so that a write drops only the kept pages it changes. A
 * meeting's pages (its page, agenda, time plan, published plan and their JSON) carry the meeting's
 * own version: a write of that meeting ({@link #changed(String)}) moves it, and moves the version of
 * the pages about several meetings (the home page's list, the meetings and study-group JSON, room
 * displays), which the meeting may appear on. A write that may show anywhere (a study group, rooms,
 * screens: {@link #changed()}) moves everything. Inside a transaction a version moves once it
 * commits, so a reader who took the old version read the old rows, and the next reader renders
 * afresh. Other nodes learn of the change through {@link ClusterSignals} (topic {@code public}, key
 * the meeting's code or none for everything, delivered at the same commit) and move their own
 * versions too, so no node keeps serving the old page.
 */
@Component
public class PublicContent {

    static final String TOPIC = "public";
    private static final Pattern SIGNAL_KEY = Pattern.compile("[A-Za-z0-9-]{1,64}");

    /** Moved by a change that may show anywhere: part of every version. */
    private final AtomicLong everything = new AtomicLong();
    /** Moved by any meeting's change: the version of pages about several meetings. */
    private final AtomicLong across = new AtomicLong();
    private final Map<String, AtomicLong> meetings = new ConcurrentHashMap<>();
    private final ClusterSignals signals;

    PublicContent(ClusterSignals signals) {
        this.signals = signals;
        // this node moved its own versions at its commit: only the other nodes' signals move them here
        signals.onOtherNodes(TOPIC, code -> {
            if (code == null) {
                everything.incrementAndGet();
            } else {
                meetingMoved(code);
            }
        });
    }

    /** The version of a page about the meeting with this code, or about several meetings ({@code null}). */
    public String version(String meetingCode) {
        AtomicLong moved = meetingCode == null ? across : meetings.get(meetingCode.toLowerCase(Locale.ROOT));
        long part = moved == null ? 0 : moved.get(); // no entry for a code never written (a mistyped path)
        return everything.get() + "." + (meetingCode == null ? "*" : "m") + part;
    }

    /** Something that may show on any public page changed (a study group, rooms, screens). */
    public void changed() {
        signals.send(TOPIC, null);
        atCommit(everything::incrementAndGet);
    }

    /** The meeting with this code changed: its pages and the pages about several meetings. */
    public void changed(String meetingCode) {
        if (meetingCode == null || !SIGNAL_KEY.matcher(meetingCode).matches()) {
            changed();
            return;
        }
        signals.send(TOPIC, meetingCode);
        atCommit(() -> meetingMoved(meetingCode));
    }

    private void meetingMoved(String code) {
        meetings.computeIfAbsent(code.toLowerCase(Locale.ROOT), c -> new AtomicLong()).incrementAndGet();
        across.incrementAndGet();
    }

    private static void atCommit(Runnable move) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    move.run();
                }
            });
        } else {
            move.run();
        }
    }
}
