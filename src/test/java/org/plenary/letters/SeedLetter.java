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


    /** Annex B time plan in Chinese: day, morning, afternoon ("" where the seed leaves a cell empty). */
    static final List<List<String>> TIME_PLAN_ZH = timePlan(List.of("星期一\n6月8日", "星期二\n6月9日", "星期三\n6月10日",
            "星期四\n6月11日", "星期五\n6月12日", "周末", "星期一\n6月15日", "星期二\n6月16日", "星期三\n6月17日"),
            "任何工作组课题的特别会议（并行）",
            "国际电联有关卫星互联网业务服务质量和体验质量问题的讲习班（见电信标准化局第113号通函）",
            "第12研究组开幕全体会议，随后依次召开工作组会议", "各工作组按顺序闭幕",
            "各工作组依次闭幕，然后是第12研究组闭幕全体会议", "第12研究组闭幕全体会议");

    /** Annex B time plan in English, as the spec's table reads. */
    static final List<List<String>> TIME_PLAN_EN = timePlan(List.of("Monday\n8 June", "Tuesday\n9 June",
            "Wednesday\n10 June", "Thursday\n11 June", "Friday\n12 June", "Weekend", "Monday\n15 June",
            "Tuesday\n16 June", "Wednesday\n17 June"),
            "Parallel sessions of any WP Question",
            "ITU Workshop on QoS/QoE of satellite Internet services (TSB Circular 113)",
            "SG12 opening plenary, then working party openings in sequence", "Working party closings in sequence",
            "Working party closings in sequence, then SG12 closing plenary", "SG12 closing plenary");

    /**
     * Annex B's time plan in one language: the workshop on the first afternoon, the opening plenary the next
     * morning, parallel sessions of any WP Question until the closings, the weekend a row of its own.
     */
    private static List<List<String>> timePlan(List<String> days, String parallel, String workshop, String opening,
            String closings, String lastMorning, String closingPlenary) {
        return List.of(
                List.of(days.get(0), "", workshop),
                List.of(days.get(1), opening, parallel),
                List.of(days.get(2), parallel, parallel),
                List.of(days.get(3), parallel, parallel),
                List.of(days.get(4), parallel, parallel),
                List.of(days.get(5)),
                List.of(days.get(6), parallel, parallel),
                List.of(days.get(7), parallel, parallel + "\n" + closings),
                List.of(days.get(8), lastMorning, closingPlenary));
    }
}
