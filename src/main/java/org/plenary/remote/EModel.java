package org.plenary.remote;

import org.plenary.shared.PlenaryException;

/**
 * The ITU-T G.107 (06/2015) E-model: R = Ro − Is − Id − Ie,eff + A, with the Recommendation's
 * equations and its default values (Table 3), which give R = 93.2. Pure Java, no state.
 *
 * <p>A remote client reports one-way delay, jitter, packet loss and codec. The E-model has no
 * jitter term: we assume a jitter buffer of twice the reported jitter, added to the mouth-to-ear
 * delay (Ta = delay + 2 × jitter), and, as for a connection with echo cancellation at the far end,
 * T = Ta and Tr = 2 Ta; loss is random (BurstR = 1).
 */
public final class EModel {

    /** The G.107 parameters; {@link #DEFAULTS} are the Recommendation's default values. */
    public record Parameters(double slr, double rlr, double stmr, double lstr, double ds, double dr, double telr,
            double wepl, double qdu, double nc, double nfor, double ps, double pr, double a, double mT, double sT) {
    }

    public static final Parameters DEFAULTS = new Parameters(8, 2, 15, 18, 3, 3, 65, 110, 1, -70, -64, 35, 35, 0,
            100, 1);

    /** Largest delay or jitter we accept from a client (one minute: anything beyond is a broken report). */
    public static final double MAX_MILLIS = 60_000;

    /** R and MOS with the G.109 category. */
    public record Rating(double r, double mos, Grade grade) {
        /** Whether the chair should see this connection flagged (G.109: many users dissatisfied or worse). */
        public boolean poor() {
            return grade == Grade.LOW || grade == Grade.POOR;
        }
    }

    /** Speech transmission quality categories of ITU-T G.109 by R. */
    public enum Grade {
        BEST, HIGH, MEDIUM, LOW, POOR;

        static Grade of(double r) {
            return r >= 90 ? BEST : r >= 80 ? HIGH : r >= 70 ? MEDIUM : r >= 60 ? LOW : POOR;
        }
    }

    private EModel() {
    }

    /** The rating of a reported connection; impossible values are refused with a clear message. */
    public static Rating rate(double delayMs, double jitterMs, double lossPercent, String codecName) {
        requireFinite(delayMs, "remote.quality.delayInvalid");
        requireFinite(jitterMs, "remote.quality.jitterInvalid");
        requireFinite(lossPercent, "remote.quality.lossInvalid");
        if (delayMs < 0 || delayMs > MAX_MILLIS) {
            throw PlenaryException.invalid("remote.quality.delayInvalid");
        }
        if (jitterMs < 0 || jitterMs > MAX_MILLIS) {
            throw PlenaryException.invalid("remote.quality.jitterInvalid");
        }
        if (lossPercent < 0 || lossPercent > 100) {
            throw PlenaryException.invalid("remote.quality.lossInvalid");
        }
        Codec codec = Codec.find(codecName)
                .orElseThrow(() -> PlenaryException.invalid("remote.quality.codecUnknown", String.valueOf(codecName)));
        double ta = delayMs + 2 * jitterMs;
        double r = rating(DEFAULTS, codec.ie(), codec.bpl(), lossPercent, 1, ta, ta, 2 * ta);
        return new Rating(r, mos(r), Grade.of(r));
    }

    /** R for the given parameters, equipment impairment, loss (per cent) and delays (ms). */
    public static double rating(Parameters p, double ie, double bpl, double ppl, double burstR, double t, double ta,
            double tr) {
        double no = noiseFloor(p);
        double ro = 15 - 1.5 * (p.slr() + no);
        double is = iolr(p, no) + ist(p.stmr(), p.telr(), t) + iq(p, ro);
        double id = idte(p, no, t) + idle(p, ro, tr) + idd(p, ta);
        return ro - is - id - ieEff(ie, bpl, ppl, burstR) + p.a();
    }

    /** MOS from R (G.107 Annex B). */
    public static double mos(double r) {
        if (r < 0) {
            return 1;
        }
        if (r > 100) {
            return 4.5;
        }
        return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
    }

    /** Ie,eff = Ie + (95 − Ie) · Ppl / (Ppl / BurstR + Bpl). */
    public static double ieEff(double ie, double bpl, double ppl, double burstR) {
        return ie + (95 - ie) * ppl / (ppl / burstR + bpl);
    }

    static double noiseFloor(Parameters p) {
        double olr = p.slr() + p.rlr();
        double nos = p.ps() - p.slr() - p.ds() - 100 + 0.004 * sq(p.ps() - olr - p.ds() - 14);
        double pre = p.pr() + 10 * Math.log10(1 + Math.pow(10, (10 - p.lstr()) / 10));
        double nor = p.rlr() - 121 + pre + 0.008 * sq(pre - 35);
        double nfo = p.nfor() + p.rlr();
        return 10 * Math.log10(Math.pow(10, p.nc() / 10) + Math.pow(10, nos / 10) + Math.pow(10, nor / 10)
                + Math.pow(10, nfo / 10));
    }

    private static double iolr(Parameters p, double no) {
        double xolr = p.slr() + p.rlr() + 0.2 * (64 + no - p.rlr());
        return 20 * (Math.pow(1 + Math.pow(xolr / 8, 8), 1.0 / 8) - xolr / 8);
    }

    private static double stmro(double stmr, double telr, double t) {
        return -10 * Math.log10(Math.pow(10, -stmr / 10) + Math.exp(-t / 4) * Math.pow(10, -telr / 10));
    }

    private static double ist(double stmr, double telr, double t) {
        double s = stmro(stmr, telr, t);
        return 12 * Math.pow(1 + Math.pow((s - 13) / 6, 8), 1.0 / 8)
                - 28 * Math.pow(1 + Math.pow((s + 1) / 19.4, 35), 1.0 / 35)
                - 13 * Math.pow(1 + Math.pow((s - 3) / 33, 13), 1.0 / 13) + 29;
    }

    private static double iq(Parameters p, double ro) {
        double q = 37 - 15 * Math.log10(p.qdu());
        double g = 1.07 + 0.258 * q + 0.0602 * q * q;
        double y = (ro - 100) / 15 + 46 / 8.4 - g / 9;
        double z = 46 / 30.0 - g / 40;
        return 15 * Math.log10(1 + Math.pow(10, y) + Math.pow(10, z));
    }

    /** Talker echo impairment. */
    static double idte(Parameters p, double no, double t) {
        double roe = -1.5 * (no - p.rlr());
        double terv = p.telr() - 40 * Math.log10((1 + t / 10) / (1 + t / 150)) + 6 * Math.exp(-0.3 * t * t);
        if (p.stmr() < 9) {
            terv += ist(p.stmr(), p.telr(), t) / 2;
        }
        double re = 80 + 2.5 * (terv - 14);
        double d = roe - re;
        return (d / 2 + Math.sqrt(d * d / 4 + 100) - 1) * (1 - Math.exp(-t));
    }

    /** Listener echo impairment. */
    static double idle(Parameters p, double ro, double tr) {
        double rle = 10.5 * (p.wepl() + 7) * Math.pow(tr + 1, -0.25);
        double d = ro - rle;
        return d / 2 + Math.sqrt(d * d / 4 + 169);
    }

    /** Impairment of a too-long absolute delay Ta. */
    static double idd(Parameters p, double ta) {
        if (ta <= p.mT()) {
            return 0;
        }
        double x = Math.log10(ta / p.mT()) / Math.log10(2);
        double e = 6 * p.sT();
        return 25 * (Math.pow(1 + Math.pow(x, e), 1 / e) - 3 * Math.pow(1 + Math.pow(x / 3, e), 1 / e) + 2);
    }

    private static double sq(double x) {
        return x * x;
    }

    private static void requireFinite(double v, String key) {
        if (!Double.isFinite(v)) {
            throw PlenaryException.invalid(key);
        }
    }
}
