// The task lists of the demo's supervision, in the words of seed 001's rectification plan:
// problems found by the justice bureau, the measures, the lead section and the responsible
// units as offices write them ("局机关各科室", "各执法科室"), one of each scenario of the flow.

#include "demosupervision.h"

namespace Jiandu::Demo::SupervisionTables {

namespace {
using S = Scenario;
using D = Due;
using V = FindingSeverity;

// Agency indexes of Tables::agencies().
constexpr int kMarket = 0;
constexpr int kEnvironment = 1;
constexpr int kUrban = 2;
constexpr int kTransport = 3;
constexpr int kAgriculture = 4;
constexpr int kEmergency = 5;
constexpr int kCulture = 6;
constexpr int kHealth = 7;
constexpr int kTownship = 8;
} // namespace

const QList<TaskTemplate> &campaignTasks()
{
    static const QList<TaskTemplate> list = {
        {kMarket, "执法程序", V::Ordinary,
         "部分行政处罚案卷未按规定履行告知程序，未告知当事人陈述、申辩权利",
         "严格落实告知制度，依法保障行政相对人陈述、申辩、提出听证申请等权利；组织执法人员学习《行政处罚法》程序规定，开展案卷自查。",
         "政策法规科", "%1", S::SignedOff, D::MonthEnd2},
        {kMarket, "法制审核", V::Serious,
         "重大执法决定法制审核把关不严，个别案件未经法制审核即作出决定",
         "编制重大执法决定法制审核目录清单，明确法制审核机构和人员，未经法制审核或者审核未通过的，不得作出决定。",
         "政策法规科", "%1、局机关各科室", S::InProgressOverdue, D::MonthEnd2},
        {kUrban, "执法文书", V::Ordinary,
         "执法文书制作不规范，部分文书要素不全、引用法条不准确",
         "组织执法人员认真学习《行政执法案卷立卷规范》，开展卷宗质量大评比活动，全面提高执法文书规范化水平。",
         "法制审核科", "执法一中队、执法二中队", S::InProgressDueSoon, D::InFiveDays},
        {kUrban, "执法人员管理", V::Serious,
         "个别承办执法人员的执法证件超期，仍独立从事行政执法工作",
         "落实行政执法人员资格管理和持证上岗制度，对证件过期人员及时清理，未取得执法证件的人员不得独立从事执法工作。",
         "法制审核科", "%1", S::Completed, D::MonthEnd2},
        {kTransport, "行政检查", V::Ordinary,
         "对监管对象疏于日常监管，只在专项行动中实施行政检查和行政处罚",
         "建立日常监督检查和专项监督检查相结合的工作机制，制定年度检查计划，加强事前事中事后监管。",
         "政策法规科", "交通运输综合行政执法大队", S::Returned, D::MonthEnd7},
        {kTransport, "双随机一公开", V::Minor,
         "“双随机、一公开”抽查结果未及时向社会公示",
         "制定年度抽查工作计划，随机抽取检查对象和执法检查人员，抽查结果在门户网站及时公示。",
         "政策法规科", "各执法科室", S::NotStarted, D::MonthEnd7},
        {kAgriculture, "执法不作为", V::Serious,
         "对群众投诉举报线索未依法及时处理",
         "对12345政务服务热线转办单、其他途径投诉举报线索建档登记督办，限期办结，定期回访。",
         "", "农业综合行政执法大队", S::ExtensionApproved, D::MonthEnd2},
        {kEmergency, "法制审核", V::Ordinary,
         "法制审核人员配备不足，仅1人负责法制审核",
         "按照执法人员总数5%的比例配备法制审核人员，开展法制审核人员轮训交流，提升实战能力。",
         "", "%1", S::ExtensionPending, D::DaysAgo3},
        {kCulture, "执法公示", V::Minor,
         "行政执法信息公示不及时、不全面",
         "依托门户网站做好行政执法信息公示，全面准确、及时主动公开执法事项、依据、程序、结果等信息。",
         "", "文化市场综合执法大队", S::NotStartedOverdue, D::MonthEnd2},
        {kHealth, "全过程记录", V::Ordinary,
         "现场执法未按规定进行音像记录",
         "落实行政执法全过程记录制度，配备执法记录仪，对现场检查、调查取证等环节全程音像记录。",
         "", "卫生健康综合监督执法大队", S::Undated, D::Text, "即知即改"},
        {kMarket, "执法责任制", V::Ordinary,
         "执法部门主体责任履行不到位，未定期研究行政执法重大问题",
         "建立定期研究行政执法重大问题制度，将各项执法职责和任务进行分解，明确责任分工，层层抓落实。",
         "政策法规科", "局机关各科室", S::OpenEnded, D::Text, "长期坚持"},
        {kEnvironment, "行政裁量", V::Ordinary,
         "行政裁量权基准未细化，同类案件处罚幅度差异较大",
         "细化量化行政裁量权基准并向社会公布，定期组织执法案件研判会审，落实行政裁量权基准制度。",
         "法规与标准科", "生态环境保护综合行政执法大队", S::DateAndOpen, D::MonthEnd7AndOpen},
        {kTownship, "执法协作", V::Minor,
         "街镇与县级部门执法协作机制不畅，案件移送不及时",
         "建立县级部门与街镇的行政执法协作机制，健全相互告知、案件移送、信息共享、协调联动等工作机制。",
         "", "%1、各执法科室", S::InProgress, D::MonthEnd7},
        {kAgriculture, "执法培训", V::Minor,
         "执法人员业务培训学时不足",
         "执法人员每人每年接受不少于60学时的业务知识和法律法规培训，建立健全行政执法人员培训档案。",
         "", "%1", S::OpenEnded, D::Text, "持续推进"},
    };
    return list;
}

const QList<TaskTemplate> &residentTasks()
{
    static const QList<TaskTemplate> list = {
        {kUrban, "执法程序", V::Ordinary,
         "驻站期间抽查案卷发现，部分案件超过法定期限办结，未履行延期审批程序",
         "严格依据法定程序和期限办结执法案件，如遇案情复杂需要延长办案期限的，严格履行审批程序。",
         "法制审核科", "执法一中队", S::InProgress, D::MonthEnd7},
        {kUrban, "证据收集", V::Serious,
         "个别案件调查取证不全面，证据链条不完整",
         "强化证据意识，依法全面、客观、公正地收集行政处罚证据，认真履行重大复杂案件集体讨论程序。",
         "法制审核科", "执法二中队", S::SignedOff, D::MonthEnd2},
        {kUrban, "柔性执法", V::Minor,
         "执法方式简单，说服教育、劝导示范等柔性执法方式运用不足",
         "推广运用说服教育、劝导示范、警示告诫等柔性执法方式，引导当事人自觉守法。",
         "", "执法一中队、执法二中队", S::OpenEnded, D::Text, "持续开展"},
        {kUrban, "执法监督", V::Ordinary,
         "内部执法监督力量薄弱，案卷评查未常态化开展",
         "常态化开展行政执法案卷评查、抽查，参与执法案卷质量评比活动，促进执法单位间相互借鉴。",
         "法制审核科", "%1", S::Completed, D::MonthEnd2},
    };
    return list;
}

int residentAgency()
{
    return kUrban;
}

} // namespace Jiandu::Demo::SupervisionTables
