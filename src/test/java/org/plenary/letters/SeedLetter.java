package org.plenary.letters;

import java.util.List;

/**
 * What the seed letter (../shared/seed, restated in ../shared/spec/seed-letter.md) prints for the
 * demo meeting, written out independently of the demo data so that a drift in either shows.
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

    /** Annex B agenda: number and title, English (spec) and Chinese (seed). */
    static final String[][] AGENDA = {
            {"1", "Opening of the meeting", "会议开幕"},
            {"2", "Adoption of the agenda", "通过议程"},
            {"3", "Remote participation guidelines", "远程参会导则"},
            {"4", "Call for IPR statements under ITU-T policy", "呼吁根据ITU-T政策发表任何知识产权声明"},
            {"5", "Feedback and status reports on interim activities (since September 2025)", "关于临时活动的反馈和状态报告（自2025年9月起）"},
            {"5.1", "Approval of the report of the second SG12 meeting", "批准第12研究组第二次会议的报告"},
            {"5.2", "Status of consented draft Recommendations", "已同意的建议书草案的状况"},
            {"5.3", "SG12 interim activities and workshops", "第12研究组的临时活动和讲习班"},
            {"6", "TSAG results relevant to SG12", "与第12研究组相关的TSAG成果"},
            {"7", "Review of SG12 structure, rapporteurs and liaison rapporteurs", "审议第12研究组的结构、报告人、联络报告人"},
            {"8", "Document review and allocation", "文件审议和分配"},
            {"9", "Schedule of ad hoc meetings", "特别会议时间表"},
            {"10", "Work plan", "工作计划"},
            {"11", "Meeting facilities, logistics and electronic working methods", "会议设施、后勤和电子工作方法"},
            {"12", "Meetings of Question 1/12 and Question 2/12", "第1/12号课题和第2/12号课题的会议"},
            {"13", "Working party meetings, including ad hoc meetings", "工作组会议，包括特别会议"},
            {"14", "Reports of the Q1/12, Q2/12 and working party meetings, including:", "第1/12和2/12号课题工作组会议的报告，包括"},
            {"14.1", "Approval/consent/determination/deletion of Recommendations", "批准/同意/确定/删除建议书"},
            {"14.2", "Agreement of Technical Reports and informative texts", "就技术报告/资料性案文达成一致"},
            {"14.3", "Approval of outgoing liaison statements", "批准发出的联络声明"},
            {"14.4", "Approval of new work items", "批准新的工作项目"},
            {"14.5", "Review of the work plan", "审议工作计划"},
            {"14.6", "Interim activities", "临时活动"},
            {"15", "Future SG12 meetings and activities", "第12研究组未来的会议和活动"},
            {"16", "Any other business", "其它事项"},
            {"17", "Acknowledgements and closing", "致谢和会议闭幕"}};

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
