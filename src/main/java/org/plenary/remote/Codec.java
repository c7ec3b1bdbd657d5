package org.plenary.remote;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Narrow-band codecs with their equipment impairment factor Ie and packet-loss robustness factor
 * Bpl, from ITU-T G.113 (11/2007) Appendix I, Tables I.1 and I.3 (random loss). Only the values
 * that Recommendation gives are listed: wide-band codecs (G.722, Opus) belong to the wide-band
 * E-model of G.107.1 on another scale (Ro = 129), so they are refused rather than guessed.
 */
public enum Codec {
    /** G.711 without packet-loss concealment: Ie 0, Bpl 4.3. */
    G711("G.711", 0, 4.3),
    /** G.711 with packet-loss concealment (G.711 Appendix I): Ie 0, Bpl 25.1. */
    G711_PLC("G.711+PLC", 0, 25.1),
    /** G.729A with VAD: Ie 11, Bpl 19.0. */
    G729A("G.729A", 11, 19.0),
    /** G.723.1 at 6.3 kbit/s with VAD: Ie 15, Bpl 16.1. */
    G723_1("G.723.1", 15, 16.1);

    private final String label;
    private final double ie;
    private final double bpl;

    Codec(String label, double ie, double bpl) {
        this.label = label;
        this.ie = ie;
        this.bpl = bpl;
    }

    public String label() {
        return label;
    }

    public double ie() {
        return ie;
    }

    public double bpl() {
        return bpl;
    }

    /** By label ("G.711+PLC") or constant name ("G711_PLC"), case-insensitive. */
    public static Optional<Codec> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(n) || c.label.toUpperCase(Locale.ROOT).equals(n))
                .findFirst();
    }
}
