package org.plenary.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plenary.shared.LocalizedText;

/**
 * The demo data: ITU-T Study Group 12 and its meeting of 9-17 June 2026 in Geneva, exactly as
 * TSB Collective Letter 4/12 of 3 February 2026 announces it (Annex A and Annex B included).
 * The study-group structure is demo data too (itu-context.md), editable by the secretariat.
 */
final class DemoMeeting {

    static final String CODE = "SG12-2026-06";
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 9);

    private DemoMeeting() {
    }

    private static LocalizedText t(String en, String zh) {
        return LocalizedText.of(Map.of("en", en, "zh", zh));
    }

    static StudyGroup studyGroup() {
        return new StudyGroup(UUID.randomUUID(), 12,
                t("Performance, quality of service (QoS) and quality of experience (QoE)", "性能、服务质量和体验质量"),
                "2025-2028",
                List.of(new StudyGroup.WorkingParty(1, t("Terminals and multimedia subjective assessment",
                                "终端和多媒体主观评估"), null),
                        new StudyGroup.WorkingParty(2, t("Objective models and tools for multimedia quality",
                                "多媒体质量的客观模型和工具"), null),
                        new StudyGroup.WorkingParty(3, t("Performance and operational QoS", "性能和运营服务质量"), null)),
                List.of(q(1, "SG12 work programme and QoS/QoE coordination in ITU-T", "第12研究组工作计划及ITU-T内的QoS/QoE协调", null),
                        q(2, "Definitions, guides and frameworks related to QoS/QoE", "与QoS/QoE相关的定义、指南和框架", null),
                        q(4, "Objective methods for speech and audio evaluation in vehicles", "车内语音和音频评估的客观方法", 1),
                        q(5, "Telephonometric methodologies for handset and headset terminals", "手持和头戴终端的电话测量方法", 1),
                        q(6, "Analysis methods using complex measurement signals", "使用复杂测量信号的分析方法", 1),
                        q(7, "Methods, tools and test plans for the subjective assessment of quality", "质量主观评估的方法、工具和测试计划", 1),
                        q(10, "Conferencing and telemeeting assessment", "会议和远程会议评估", 1),
                        q(9, "Perceptual-based objective methods for voice, audio and visual quality", "基于感知的语音、音频和视觉质量客观方法", 2),
                        q(14, "Development of models and tools for multimedia quality assessment", "多媒体质量评估模型和工具的开发", 2),
                        q(15, "Parametric and E-model-based planning and prediction", "基于参数和E模型的规划与预测", 2),
                        q(16, "Framework for diagnostic functions", "诊断功能框架", 2),
                        q(19, "Objective and subjective methods for evaluating perceptual audiovisual quality", "评估感知视听质量的客观和主观方法", 2),
                        q(12, "Operational aspects of telecommunication service quality", "电信服务质量的运营方面", 3),
                        q(13, "QoE, QoS and performance requirements and assessment methods for multimedia", "多媒体的QoE、QoS和性能要求及评估方法", 3),
                        q(17, "Performance of packet-based networks and other networking technologies", "分组网络和其他联网技术的性能", 3),
                        q(20, "Perceptual and field assessment principles for QoS and QoE of digital financial services", "数字金融服务QoS和QoE的感知与现场评估原则", 3)));
    }

    private static StudyGroup.Question q(int n, String en, String zh, Integer wp) {
        return new StudyGroup.Question(n, t(en, zh), wp);
    }

    static Meeting meeting() {
        ZoneId geneva = ZoneId.of("Europe/Zurich");
        return new Meeting(MeetingId.random(), CODE, 12,
                t("Meeting of Study Group 12", "第12研究组的会议"),
                t("Geneva", "日内瓦"),
                t("ITU headquarters", "国际电信联盟（ITU）总部"),
                FIRST_DAY, LocalDate.of(2026, 6, 17), geneva, LocalTime.of(9, 30), LocalTime.of(8, 30),
                t("Montbrillant building entrance", "Montbrillant大楼入口处"),
                t("Ms Tania Villa Trápala (Mexico)", "Tania Villa Trápala女士（墨西哥）"),
                new Meeting.Letter(t("TSB Collective Letter 4/12", "电信标准化局第4/12号集体函"), "SG12/MA",
                        LocalDate.of(2026, 2, 3),
                        List.of(t("Administrations of ITU Member States", "国际电联各成员国主管部门"),
                                t("State of Palestine (Resolution 99 (Rev. Dubai, 2018))", "巴勒斯坦国（第99号决议，2018年，迪拜，修订版）"),
                                t("ITU-T Sector Members", "ITU-T部门成员"),
                                t("ITU-T Associates participating in the work of Study Group 12", "ITU-T第12研究组的部门准成员"),
                                t("ITU Academia", "国际电联学术成员")),
                        t("Seizo Onoe", "尾上诚藏"), t("Director of the Telecommunication Standardization Bureau", "电信标准化局主任")),
                new Meeting.Contact("+41 22 730 6828", "+41 22 730 5853", "tsbsg12@itu.int", "https://itu.int/go/tsg12"),
                "SG12-TD360", "SG12-TD361",
                List.of(new Meeting.CoLocatedEvent(
                        t("ITU Workshop on QoS and QoE of satellite Internet services", "国际电联卫星互联网服务质量和体验质量问题讲习班"),
                        LocalDate.of(2026, 6, 8), LocalTime.of(14, 0), LocalTime.of(18, 0), "TSB Circular 113")),
                agenda(), timePlan(), practicalInformation(), Map.of(), 0);
    }

    static List<Meeting.AgendaItem> agenda() {
        String[][] items = {
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
        List<Meeting.AgendaItem> list = new ArrayList<>();
        for (String[] i : items) {
            list.add(new Meeting.AgendaItem(i[0], t(i[1], i[2])));
        }
        return list;
    }

    static List<Meeting.TimePlanCell> timePlan() {
        LocalizedText parallel = t("Parallel sessions of any WP Question", "任何工作组课题的特别会议（并行）");
        List<Meeting.TimePlanCell> cells = new ArrayList<>();
        cells.add(cell(8, HalfDay.AFTERNOON, t("ITU Workshop on QoS/QoE of satellite Internet services (TSB Circular 113)",
                "国际电联有关卫星互联网业务服务质量和体验质量问题的讲习班（见电信标准化局第113号通函）")));
        cells.add(cell(9, HalfDay.MORNING, t("SG12 opening plenary, then working party openings in sequence",
                "第12研究组开幕全体会议，随后依次召开工作组会议")));
        cells.add(cell(9, HalfDay.AFTERNOON, parallel));
        for (int day : new int[] {10, 11, 12, 15}) {
            cells.add(cell(day, HalfDay.MORNING, parallel));
            cells.add(cell(day, HalfDay.AFTERNOON, parallel));
        }
        cells.add(cell(16, HalfDay.MORNING, parallel));
        cells.add(cell(16, HalfDay.AFTERNOON, t("Parallel sessions of any WP Question\nWorking party closings in sequence",
                "任何工作组课题的特别会议（并行）\n各工作组按顺序闭幕")));
        cells.add(cell(17, HalfDay.MORNING, t("Working party closings in sequence, then SG12 closing plenary",
                "各工作组依次闭幕，然后是第12研究组闭幕全体会议")));
        cells.add(cell(17, HalfDay.AFTERNOON, t("SG12 closing plenary", "第12研究组闭幕全体会议")));
        return cells;
    }

    private static Meeting.TimePlanCell cell(int juneDay, HalfDay half, LocalizedText text) {
        return new Meeting.TimePlanCell(LocalDate.of(2026, 6, juneDay), half, text);
    }

    static List<Meeting.PracticalSection> practicalInformation() {
        return List.of(
                section("documents", t("Document submission and access", "提交和获取文件"),
                        t("The meeting will be paperless. Member contributions are submitted through Direct Document Submission; draft temporary documents (TDs) go to the study group secretariat using the TD template. Documents are available from the study group home page only to ITU-T members with an ITU user account with TIES access.",
                          "会议将以无纸化方式进行。成员文稿应通过文件直传系统提交；临时文件（TD）草案应使用相应模板提交给研究组秘书处。研究组主页提供文件获取方法，但仅限于拥有可通过TIES访问的ITU用户账户的ITU-T部门成员。")),
                section("interpretation", t("Interpretation", "口译"),
                        t("Owing to budget constraints, interpretation will be provided at the closing plenary of the meeting only if Member States request it, by ticking the box in the registration form at least six weeks before the first day of the meeting.",
                          "因预算限制，如果成员国提出申请，将在会议的闭幕全体会提供口译服务。在第一天会议之前至少六周，在注册表上勾选相应方框提出申请。")),
                section("wlan", t("Wireless LAN", "无线局域网"),
                        t("Wireless LAN facilities are available for delegates in all ITU meeting rooms. Details on site and on the ITU-T website.",
                          "国际电联的所有会议厅均为代表们提供无线局域网设施。可在现场和ITU-T网站查阅详细信息。")),
                section("lockers", t("E-lockers", "电子储物柜"),
                        t("E-lockers are available for the duration of the meeting with the ITU-T RFID badge, on the ground floor and level -1 of the Tower building and on the ground floor of the Montbrillant building next to the registration area.",
                          "会议期间代表们可凭ITU-T RFID胸卡使用电子储物柜。电子储物柜位于国际电联塔楼首层和地下一层以及Montbrillant办公楼首层紧邻登记区。")),
                section("printers", t("Printers", "打印机"),
                        t("Printers are available in the delegates' lounges and near all major meeting rooms. To avoid installing drivers, documents can be sent by e-mail to the printer (https://itu.int/go/e-print).",
                          "在代表休息区和所有主要会议厅附近均有打印机可供使用。为了避免在代表计算机上安装驱动程序，文件可通过电子邮件发送到所用打印机（https://itu.int/go/e-print）。")),
                section("laptops", t("Laptop rental", "租用手提电脑"),
                        t("Delegates can rent laptops from the ITU Service Desk (servicedesk@itu.int) on a first-come, first-served basis.",
                          "代表们按照先到先得的原则可从ITU服务处（servicedesk@itu.int）租用手提电脑。")),
                section("remote", t("Remote participation", "远程参会"),
                        t("Remote participation is provided on a best-effort basis. The opening and closing plenaries support interactive remote participation; any other session does so when requested at least 24 hours in advance, for people registered for the meeting. Meetings are not delayed or interrupted for remote connectivity; the chair may cut off a remote speaker whose voice quality is poor until the problem is fixed. Decisions are taken only by delegates physically present. Meeting chat is encouraged for time management.",
                          "将尽最大努力提供远程参会。研究组的开幕和闭幕全体会议将支持交互式远程参会；对于至少提前24小时收到参会申请的所有其他会议，也将为已注册的代表提供交互式远程参会。会议不会因为远程与会者无法连线而推迟或中断；如果远程与会者的语音质量不佳，主席可以打断其发言，直到问题得到解决。只有亲临现场出席会议的代表方有权做出决定。鼓励使用会议聊天工具进行时间管理。")),
                section("registration", t("Pre-registration", "预注册"),
                        t("Participants, in person or remote, pre-register online at least one month before the meeting. Every registration request is approved by the focal point of the delegate's organisation (automatic approval possible under TSB Circular 1). Optional fields for Member States only: function/title, interpretation request and fellowship request. Members are encouraged to include women in their delegations.",
                          "现场和远程参会的与会者均须进行预注册，请至少在会议开始一个月前完成在线预注册。所有的注册申请需经过联系人批准；可根据电信标准化局第1号通函规定变更为自动批准。注册表中的一些可选项仅适用于成员国，包括：职务、口译申请和与会补贴申请。请成员尽可能吸收女性代表加入代表团。")),
                section("newcomers", t("Newcomers", "新代表"),
                        t("Newcomers are invited to a mentoring programme: a welcome briefing on arrival, a guided tour of ITU headquarters and an information session on the work of ITU-T (contact ITU-Tmembership@itu.int).",
                          "将邀请新代表参加辅导计划，包括抵达时的迎新简介、引导参观国际电联总部以及有关ITU-T工作的情况介绍会（联系：ITU-Tmembership@itu.int）。")),
                section("fellowships", t("Fellowships", "与会补贴"),
                        t("Subject to available funds, up to two partial in-person fellowships per eligible country: either one economy round-trip air ticket by the most direct/economical route, or the daily subsistence allowance. Where two are requested, at least one is an air ticket. The applicant's organisation pays the remaining costs. Requests must be received by the fellowship deadline, after the focal point has approved the registration: register at least seven weeks before the meeting.",
                          "可视可用资金情况，向每个符合条件的国家提供至多两份非全额现场参会与会补贴：一张最直接/最经济的往返经济舱机票，或每日生活津贴。如果申请了两份，其中至少一份应为机票。申请人所属组织负责支付剩余费用。与会补贴申请须在截止日期前收到，且注册须已由联系人批准，因此强烈建议在会议开始至少七周前进行注册。")),
                section("visa", t("Visa support", "签证协办"),
                        t("Delegates obtain a visa from the Swiss embassy or consulate in their country, or the nearest one to their country of departure, before arriving. On official request of the administration or entity, ITU can approach the Swiss authorities: tick the box in the registration form no later than one month before the meeting. Once the focal point approves the registration, it usually takes 15 days before the visa-support letter can be issued. Questions: travel@itu.int, subject \"visa support\".",
                          "如有需要，必须在到达瑞士之前向驻贵国（或出发国最近）的瑞士使馆或领事馆申请签证。国际电联可根据主管部门或实体的正式请求与瑞士当局接触：请不晚于会议召开日的一个月前勾选注册表中相应的方框。联系人批准注册之后，通常15天之后才能发出签证申请函。如有问题，请发送电子邮件至travel@itu.int，并注明“签证协办”（visa support）。")),
                section("bsg", t("Bridging the standardization gap (BSG)", "缩小标准化差距（BSG）培训"),
                        t("A one-hour online contribution clinic is held three weeks before the meeting, and a one-hour newcomers' session during the meeting; exact dates are announced on the study group mailing list and web page.",
                          "将在会议召开的三周前提供一次关于准备文稿的一小时在线培训（“文稿诊所”）。会议期间将召开一小时的新代表会议。确切日期和时间将通过研究组网上交流组和网页公布。")),
                section("geneva", t("Visiting Geneva: hotels and public transport", "到访日内瓦：酒店、公共交通"),
                        t("Practical information for delegates: https://itu.int/en/delegates-corner. Several Geneva hotels offer preferential rates to delegates attending ITU meetings, with a free public-transport card (https://itu.int/travel/).",
                          "代表实用信息：https://itu.int/en/delegates-corner。一些日内瓦酒店为出席国际电联会议的代表提供优惠价格，并提供一张免费使用日内瓦公共交通系统的交通卡（https://itu.int/travel/）。")));
    }

    private static Meeting.PracticalSection section(String key, LocalizedText title, LocalizedText body) {
        return new Meeting.PracticalSection(key, title, body);
    }
}
