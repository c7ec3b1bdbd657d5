package org.plenary.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.shared.PlenaryException;

/** The G.107 E-model against the Recommendation's reference values, and its monotonicity. */
class EModelTests {

    @Test
    void defaultParametersGiveTheRecommendationsRating() {
        double r = EModel.rating(EModel.DEFAULTS, 0, 1, 0, 1, 0, 0, 0);
        assertThat(r).isCloseTo(93.2, within(0.05));
        assertThat(EModel.mos(r)).isCloseTo(4.41, within(0.005));
    }

    @Test
    void intermediateValuesOfTheDefaultConnection() {
        // G.107: with the defaults the noise floor No is about -61.2 dBm0p and the basic signal-to-noise ratio Ro 94.77.
        double no = EModel.noiseFloor(EModel.DEFAULTS);
        assertThat(no).isCloseTo(-61.18, within(0.01));
        assertThat(15 - 1.5 * (EModel.DEFAULTS.slr() + no)).isCloseTo(94.77, within(0.01));
        assertThat(EModel.idd(EModel.DEFAULTS, 100)).isZero();
    }

    @Test
    void aReportWithoutDelayOrLossIsTheDefaultConnectionLessTheCodec() {
        assertThat(EModel.rate(0, 0, 0, "G.711").r()).isCloseTo(93.2, within(0.05));
        // G.113 Appendix I: G.729A has Ie = 11, so R drops by 11.
        assertThat(EModel.rate(0, 0, 0, "G.729A").r()).isCloseTo(82.2, within(0.05));
        assertThat(EModel.rate(0, 0, 0, "g723_1").r()).isCloseTo(78.2, within(0.05));
    }

    @Test
    void lossEqualToBplCostsHalfOfWhatTheCodecCanStillLose() {
        // Ie,eff = Ie + (95 - Ie) * Ppl / (Ppl + Bpl): at Ppl = Bpl it is halfway between Ie and 95.
        for (Codec c : Codec.values()) {
            assertThat(EModel.ieEff(c.ie(), c.bpl(), c.bpl(), 1)).isCloseTo((c.ie() + 95) / 2, within(1e-9));
        }
        // G.711 with concealment (Bpl 25.1) suffers much less from 2 % loss than without (Bpl 4.3).
        assertThat(EModel.rate(0, 0, 2, "G.711+PLC").r()).isGreaterThan(EModel.rate(0, 0, 2, "G.711").r() + 15);
    }

    @ParameterizedTest
    @CsvSource({"90,4.34", "80,4.03", "70,3.60", "60,3.10", "50,2.58", "-5,1", "120,4.5"})
    void mosFollowsTheG107AnnexBMapping(double r, double mos) {
        assertThat(EModel.mos(r)).isCloseTo(mos, within(0.006));
    }

    @Test
    void moreDelayOrJitterNeverImprovesTheRating() {
        for (Codec c : Codec.values()) {
            for (double loss = 0; loss <= 30; loss += 2.5) {
                double previous = Double.MAX_VALUE;
                for (double delay = 0; delay <= 1500; delay += 5) {
                    double r = EModel.rate(delay, 0, loss, c.name()).r();
                    assertThat(r).as("%s loss %s delay %s", c, loss, delay).isLessThanOrEqualTo(previous + 1e-9);
                    previous = r;
                }
                assertThat(EModel.rate(100, 40, loss, c.name()).r())
                        .isLessThanOrEqualTo(EModel.rate(100, 0, loss, c.name()).r());
            }
        }
    }

    @Test
    void moreLossNeverImprovesTheRating() {
        for (Codec c : Codec.values()) {
            for (double delay = 0; delay <= 800; delay += 50) {
                double previous = Double.MAX_VALUE;
                for (double loss = 0; loss <= 100; loss += 0.5) {
                    double r = EModel.rate(delay, 10, loss, c.name()).r();
                    assertThat(r).as("%s delay %s loss %s", c, delay, loss).isLessThanOrEqualTo(previous + 1e-9);
                    previous = r;
                }
            }
        }
    }

    @Test
    void longDelayAndHeavyLossAreFlaggedAGoodLineIsNot() {
        assertThat(EModel.rate(40, 5, 0, "G.711+PLC").poor()).isFalse();
        assertThat(EModel.rate(40, 5, 0, "G.711+PLC").grade()).isEqualTo(EModel.Grade.BEST);
        assertThat(EModel.rate(500, 50, 0, "G.711+PLC").poor()).isTrue();
        assertThat(EModel.rate(50, 5, 10, "G.729A").poor()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"-1,0,0,G.711,remote.quality.delayInvalid", "0,-3,0,G.711,remote.quality.jitterInvalid",
            "0,0,-0.1,G.711,remote.quality.lossInvalid", "0,0,100.5,G.711,remote.quality.lossInvalid",
            "0,0,0,G.722,remote.quality.codecUnknown", "0,0,0,,remote.quality.codecUnknown",
            "70000,0,0,G.711,remote.quality.delayInvalid", "NaN,0,0,G.711,remote.quality.delayInvalid",
            "0,Infinity,0,G.711,remote.quality.jitterInvalid"})
    void impossibleReportsAreRefused(double delay, double jitter, double loss, String codec, String key) {
        assertThatThrownBy(() -> EModel.rate(delay, jitter, loss, codec))
                .isInstanceOfSatisfying(PlenaryException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
