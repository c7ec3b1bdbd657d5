package org.plenary.letters;

import java.util.List;

/**
 * What the seed letter (../shared/seed, restated in ../shared/spec/seed-letter.md) prints for the
 * demo meeting, written out independently of the demo data so that a drift in either shows. The
 * agenda is not restated: the tests read it from the demo meeting (meetings.DemoMeeting), and
 * {@code SeedCoverageTests} holds the Chinese letter, agenda included, to the seed itself.
 */
final class SeedLetter {

    private SeedLetter() {
    }

    static final String CODE = "SG12-2026-06";

    /** Key deadlines as printed in the Chinese letter, with what closes on each date. */
    static final List<List<String>> DEADLINES_ZH = List.of(
            List.of("2026年4月9日", "提交实时字幕和/或手语翻译申请", "提交需要翻译的ITU-T成员文稿"),
            List.of("2026年4月28日", "提交与会补贴申请（通过研究组主页上的表格；详情见附件A）", "提交口译服务申请（通过在线注册表）"),
            List.of("2026年5月9日", "预注册（通过研究组主页上的在线注册表进行）", "提交签证协办函申请（通过在线注册表进行；详情见附件A）"),
            List.of("2026年5月27日", "提交ITU-T成员文稿（通过文件直传系统）"));

    static final List<String> DEADLINE_DAYS_EN = List.of("9 April 2026", "28 April 2026", "9 May 2026", "27 May 2026");

    private static final String PARALLEL_ZH = "任何工作组课题的特别会议（并行）";

    /** Annex B time plan in Chinese: day, morning, afternoon ("" where the seed leaves a cell empty). */
    static final List<List<String>> TIME_PLAN_ZH = List.of(
            List.of("星期一\n6月8日", "", "国际电联有关卫星互联网业务服务质量和体验质量问题的讲习班（见电信标准化局第113号通函）"),
            List.of("星期二\n6月9日", "第12研究组开幕全体会议，随后依次召开工作组会议", PARALLEL_ZH),
            List.of("星期三\n6月10日", PARALLEL_ZH, PARALLEL_ZH),
            List.of("星期四\n6月11日", PARALLEL_ZH, PARALLEL_ZH),
            List.of("星期五\n6月12日", PARALLEL_ZH, PARALLEL_ZH),
            List.of("周末"),
            List.of("星期一\n6月15日", PARALLEL_ZH, PARALLEL_ZH),
            List.of("星期二\n6月16日", PARALLEL_ZH, PARALLEL_ZH + "\n各工作组按顺序闭幕"),
            List.of("星期三\n6月17日", "各工作组依次闭幕，然后是第12研究组闭幕全体会议", "第12研究组闭幕全体会议"));

    private static final String PARALLEL_EN = "Parallel sessions of any WP Question";

    /** Annex B time plan in English, as the spec's table reads. */
    static final List<List<String>> TIME_PLAN_EN = List.of(
            List.of("Monday\n8 June", "", "ITU Workshop on QoS/QoE of satellite Internet services (TSB Circular 113)"),
            List.of("Tuesday\n9 June", "SG12 opening plenary, then working party openings in sequence", PARALLEL_EN),
            List.of("Wednesday\n10 June", PARALLEL_EN, PARALLEL_EN),
            List.of("Thursday\n11 June", PARALLEL_EN, PARALLEL_EN),
            List.of("Friday\n12 June", PARALLEL_EN, PARALLEL_EN),
            List.of("Weekend"),
            List.of("Monday\n15 June", PARALLEL_EN, PARALLEL_EN),
            List.of("Tuesday\n16 June", PARALLEL_EN, PARALLEL_EN + "\nWorking party closings in sequence"),
            List.of("Wednesday\n17 June", "Working party closings in sequence, then SG12 closing plenary",
                    "SG12 closing plenary"));
}
