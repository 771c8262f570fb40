#include "demotables.h"

#include <QStringList>

#include <array>

namespace Jiandu::Demo::Tables {

namespace {

// Two-character bases of county (县) and district (区) names; all distinct.
constexpr std::array kCountyBases = {
    "清河", "临江", "安平", "永宁", "东阳", "青山", "白水", "长乐", "平乡", "宁远",
    "兴化", "桃源", "石门", "龙泉", "云溪", "福安", "柳城", "丰泽", "宜川", "泰和",
    "广德", "乐平", "南丰", "静宁", "武宁", "崇义", "高安", "新丰", "怀远", "凤台",
    "灵璧", "泗水", "金乡", "巨野", "汶上", "梁山", "曲阳", "望都", "容城", "涞源",
    "唐河", "赞皇", "元氏", "灵寿", "平山", "行唐", "深泽", "无极", "阜平", "博野"};
constexpr std::array kDistrictBases = {
    "鼓楼", "城南", "江北", "河西", "新城", "开元", "滨湖", "钟山", "玄武", "望江",
    "北塘", "锦江", "青羊", "金牛", "龙华", "海港", "西湖", "东湖", "南湖", "紫阳",
    "太平", "桥东", "桥西", "运河", "长安", "裕华", "新华", "竞秀", "莲池", "满城",
    "清苑", "徐水", "丛台", "复兴", "峰峰", "肥乡", "永年", "襄都", "信都", "任泽",
    "南和", "冀州", "桃城", "安次", "广阳", "双桥", "双滦", "鹰手", "海滨", "山海"};

// Surnames, the common ones repeated so that they come up more often.
constexpr std::array kSurnames = {
    "王", "王", "王", "李", "李", "李", "张", "张", "张", "刘", "刘", "陈",   "陈",  "杨",
    "杨", "赵", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",   "何",  "郭",
    "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程",   "曹",  "袁",
    "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾",   "丁",  "魏",
    "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任",   "姜",  "范",
    "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白",   "崔",  "康",
    "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段",   "钱",  "汤",
    "尹", "黎", "易", "常", "武", "乔", "贺", "赖", "龚", "文", "门", "欧阳", "司马"};

constexpr std::array kMaleGiven = {
    "伟",   "强",   "磊",   "军",   "勇",   "杰",   "涛",   "明",   "超",   "斌",   "辉",   "刚",
    "鹏",   "峰",   "浩",   "亮",   "建国", "志强", "海涛", "晓东", "俊杰", "文博", "一鸣", "生平",
    "大伟", "日新", "人杰", "建工", "立新", "振华", "国栋", "子豪", "宇航", "永生", "大勇", "旭日",
    "光明", "天宇", "浩然", "明辉", "建军", "晨阳", "一帆", "长生", "大海", "红日", "工伟"};
constexpr std::array kFemaleGiven = {
    "丽",   "芳",   "敏",   "静",   "燕",   "娟",   "霞",   "玲",   "婷",   "雪",   "颖",   "洁",
    "秀英", "丽娟", "晓燕", "雪梅", "海燕", "玉兰", "婷婷", "一凡", "晓丽", "思雨", "佳怡", "欣怡",
    "梦瑶", "雅琴", "美玲", "红霞", "丽华", "静怡", "春生", "日红", "人美", "大丽", "一诺"};

// Birthplaces other than the county itself, in the same province.
constexpr std::array kOtherAreas = {"130102", "130104", "130203", "130304", "130429", "130602",
                                    "130705", "130821", "131002", "131121", "370102", "410105"};

constexpr std::array kMobilePrefixes = {"130", "131", "132", "135", "136", "137", "138", "139",
                                        "150", "151", "152", "155", "157", "158", "159", "177",
                                        "180", "181", "186", "187", "188", "189"};

template <typename A> QString pick(QRandomGenerator &rng, const A &table)
{
    return QString::fromUtf8(table[rng.bounded(static_cast<quint32>(table.size()))]);
}

} // namespace

QString cityName()
{
    return QStringLiteral("江州市");
}

int maxCounties()
{
    return 2 * static_cast<int>(kCountyBases.size() + kDistrictBases.size());
}

County county(int index)
{
    const int n = static_cast<int>(kCountyBases.size());
    const int m = static_cast<int>(kDistrictBases.size());
    const int round = index / (n + m); // 0: 县/区, 1: 新区/开发区 (large scales only)
    const int i = index % (n + m);
    County c;
    if (i < n) {
        c.base = QString::fromUtf8(kCountyBases[i]);
        c.name = c.base + (round == 0 ? QStringLiteral("县") : QStringLiteral("新区"));
    } else {
        c.base = QString::fromUtf8(kDistrictBases[i - n]);
        c.name = c.base + (round == 0 ? QStringLiteral("区") : QStringLiteral("开发区"));
    }
    c.areaCode = QString::number(130521 + index);
    return c;
}

const QList<AgencyTemplate> &agencies()
{
    using K = AgencyKind;
    using L = AgencyLevel;
    static const QList<AgencyTemplate> list = {
        {"%1市场监督管理局", "%1市场监管局", K::Administrative, L::County, "市场监管", 16, true, "",
         "政策法规科|综合执法大队|食品安全监督管理科"},
        {"%2生态环境局%3分局", "%3生态环境分局", K::Administrative, L::County, "生态环境", 8, true,
         "", "法规与标准科|生态环境保护综合行政执法大队"},
        {"%1综合行政执法局", "%1综合执法局", K::Administrative, L::County, "城市管理", 18, true, "",
         "法制审核科|执法一中队|执法二中队"},
        {"%1交通运输局", "%1交通局", K::Administrative, L::County, "交通运输", 10, true, "",
         "政策法规科|交通运输综合行政执法大队"},
        {"%1农业农村局", "%1农业局", K::Administrative, L::County, "农业农村", 8, true, "",
         "农业综合行政执法大队"},
        // Deliberately without a legal reviewer: REVIEWER_RATIO fires here.
        {"%1应急管理局", "%1应急局", K::Administrative, L::County, "应急管理", 6, false, "",
         "安全生产执法大队"},
        {"%1文化和旅游局", "%1文旅局", K::Administrative, L::County, "文化旅游", 5, true, "",
         "文化市场综合执法大队"},
        {"%1卫生健康局", "%1卫健局", K::Administrative, L::County, "卫生健康", 7, true, "",
         "卫生健康综合监督执法大队"},
        {"%1城关镇人民政府", "城关镇", K::Township, L::Township, "综合行政执法", 4, true, "",
         "综合行政执法队"},
        {"%1东城街道办事处", "东城街道", K::Township, L::Township, "综合行政执法", 4, true, "",
         "综合行政执法队"},
        {"%1西城街道办事处", "西城街道", K::Township, L::Township, "综合行政执法", 4, true, "", ""},
        {"%1河口乡人民政府", "河口乡", K::Township, L::Township, "综合行政执法", 4, true, "", ""},
        {"%1气象局", "%1气象局", K::Authorised, L::County, "气象", 3, true, "", ""},
        {"%1城市管理综合服务中心", "%1城管服务中心", K::Entrusted, L::County, "城市管理", 3, true,
         "%1综合行政执法局", ""},
    };
    return list;
}

int officersPerCounty()
{
    int n = 0;
    for (const AgencyTemplate &t : agencies())
        n += t.officers;
    return n;
}

QString personName(QRandomGenerator &rng, bool male)
{
    return pick(rng, kSurnames) + (male ? pick(rng, kMaleGiven) : pick(rng, kFemaleGiven));
}

QString birthArea(QRandomGenerator &rng, const QString &countyArea)
{
    return rng.bounded(100) < 80 ? countyArea : pick(rng, kOtherAreas);
}

QString phone(QRandomGenerator &rng)
{
    return pick(rng, kMobilePrefixes) +
           QStringLiteral("%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
}

QString position(QRandomGenerator &rng, AgencyKind kind, bool reviewer)
{
    if (reviewer)
        return rng.bounded(2) ? QStringLiteral("法制审核员") : QStringLiteral("政策法规科科长");
    static const QStringList department = {
        QStringLiteral("一级科员"), QStringLiteral("二级科员"), QStringLiteral("四级主任科员"),
        QStringLiteral("执法队员"), QStringLiteral("执法队员"), QStringLiteral("中队长"),
        QStringLiteral("副大队长"), QStringLiteral("科长"),     QStringLiteral("副科长")};
    static const QStringList township = {QStringLiteral("综合执法队员"),
                                         QStringLiteral("综合执法队员"), QStringLiteral("执法队长"),
                                         QStringLiteral("办事员")};
    const QStringList &list = kind == AgencyKind::Township ? township : department;
    return list.at(rng.bounded(static_cast<int>(list.size())));
}

} // namespace Jiandu::Demo::Tables
