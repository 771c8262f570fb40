// The rectification ledger (整改台账) printed to PDF: 1,000 tasks with the long problems and
// measures of a real rectification plan (issue 4). Target: under 5 s (Release).
// Usage: bench_ledger [ROWS [OUT.pdf]]

#include "benchsupport.h"
#include "documents/fonts.h"
#include "documents/ledgerdocument.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace Jiandu;

namespace {

// Sentences in the style of a 整改方案 (problems found by the supervision, and measures).
const QStringList kProblems{
    QStringLiteral(
        "个别领导干部对法治建设、加强执法工作存在模糊认识，推动工作仍停留在喊口号、作表态"),
    QStringLiteral("部分领导干部对重大行政决策范围认识不清，对重大行政决策法定程序不了解、不熟悉"),
    QStringLiteral(
        "一些执法单位领导干部不掌握行政执法“三项制度”等基本执法知识，领导干部能力测试平均分为32分"),
    QStringLiteral(
        "个别涉败诉执法部门依法行政、诚实守信、尊重司法意识不强，行政诉讼判决履行不按时、不到位"),
    QStringLiteral(
        "个别执法部门对监管对象疏于日常监管，只有在专项整顿行动中实施行政检查和行政处罚"),
    QStringLiteral("执法案卷中调查询问笔录记载不完整，证据收集不全面，法律文书送达程序不规范"),
    QStringLiteral(
        "行政执法公示信息更新不及时，执法决定公示内容不全，执法全过程记录制度落实不到位"),
    QStringLiteral("重大执法决定法制审核范围界定不清，审核人员数量不足，审核意见流于形式"),
};
const QStringList kMeasures{
    QStringLiteral("将习近平法治思想纳入“第一议题”学习制度，完善领导干部学法计划，建立领导干部应知"
                   "应会学法用法清单，专题学法讲座每季度不少于一次"),
    QStringLiteral("行政机关主要负责人定期听取本单位法治工作汇报，及时研究解决本单位法治问题，严格"
                   "落实领导干部年度述法制度"),
    QStringLiteral("梳理本单位重大行政决策事项清单，严格遵守公众参与、专家论证、风险评估、合法性审"
                   "查、集体讨论和决策公布等法定程序"),
    QStringLiteral("针对每一起行政诉讼案件进行原因分析、综合研判、分类施策，建立分析研判机制，以案"
                   "为鉴、以案促改，防止同类问题再次发生"),
    QStringLiteral("加强事前事中事后监管，通过听取汇报、资料审查、实地监督等方式，日常监督检查和专"
                   "项监督检查相结合，切实履行监管法定职责"),
    QStringLiteral("组织开展行政执法案卷评查，对发现的问题逐案建立整改台账，逐一销号，并纳入年度法"
                   "治政府建设考核"),
};
const QStringList kUnits{QStringLiteral("政策法规科"), QStringLiteral("机关党委、政策法规科"),
                         QStringLiteral("局机关各科室"), QStringLiteral("各执法科室"),
                         QStringLiteral("社会事务科、社会组织和基层政权科")};
const QStringList kDeadlines{QStringLiteral("12月底"), QStringLiteral("长期坚持"),
                             QStringLiteral("9月底前"), QStringLiteral("2025年6月30日"),
                             QStringLiteral("持续推进")};

QString sentences(const QStringList &pool, int seed, int count)
{
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts << pool.at((seed * 7 + i * 3) % pool.size());
    return parts.join(QStringLiteral("；")) + QStringLiteral("。");
}

Documents::LedgerData ledger(int rows)
{
    Documents::LedgerData data;
    data.issuingUnit = QStringLiteral("荥阳市司法局");
    data.printDate = Bench::today();
    data.subtitle = QStringLiteral("省司法厅“驻站式”执法监督反馈问题整改");
    for (int i = 1; i <= rows; ++i) {
        Documents::LedgerRow r;
        r.seq = QString::number(i);
        r.problem = sentences(kProblems, i, 1 + i % 4);
        QStringList measures;
        for (int m = 0; m < 1 + i % 4; ++m)
            measures << QStringLiteral("%1.").arg(m + 1) + sentences(kMeasures, i + m, 1 + m % 2);
        r.measures = measures.join(QLatin1Char('\n'));
        r.leadUnit = kUnits.at(i % 2);
        r.responsibleUnits = kUnits.at(2 + i % 3);
        r.deadline = kDeadlines.at(i % kDeadlines.size());
        r.progress = i % 3 ? sentences(kMeasures, i + 5, 1) : QString();
        r.completion = i % 4 == 0 ? QStringLiteral("已销号（2025年3月1日）")
                                  : QStringLiteral("整改中 %1%").arg(10 * (i % 10));
        data.rows << r;
    }
    return data;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    const QString pdf =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("ledger.pdf"));
    const Documents::LedgerData data = ledger(rows);
    qsizetype chars = 0;
    for (const Documents::LedgerRow &r : data.rows)
        chars += r.problem.size() + r.measures.size() + r.progress.size();

    Bench::out() << "\nLedger PDF: " << rows << " tasks, " << chars
                 << " characters of problems, measures and progress; target < 5 s" << Qt::endl;
    const QString notice = Documents::fallbackNotice(
        {Documents::FontRole::Title, Documents::FontRole::Heading1, Documents::FontRole::Table});
    if (!notice.isEmpty())
        Bench::out() << notice << Qt::endl;
    int pages = 0;
    Bench::time(QStringLiteral("writeLedgerPdf (%1 tasks)").arg(rows), 3, [&] {
        auto r = Documents::writeLedgerPdf(data, pdf);
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
        pages = r.value();
    });
    Bench::out() << pages << " pages, " << QFileInfo(pdf).size() / 1024 << " KiB" << Qt::endl;
    return 0;
}
