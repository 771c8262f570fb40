#include "democasetables.h"

#include <array>

namespace Jiandu::Demo::CaseTables {

namespace {
using K = CaseKind;

constexpr std::array kBrands = {
    "鑫源", "恒达", "华兴", "金盛", "宏远", "瑞丰", "永盛", "德顺", "嘉禾", "富康", "万通", "诚信",
    "天成", "汇通", "隆昌", "佳美", "润泽", "顺发", "兴旺", "康达", "新锐", "博远", "金辉", "宏图",
    "和美", "春晖", "长青", "广源", "泰丰", "益民", "东升", "安泰", "合力", "众诚", "福临", "三江",
    "四海", "百川", "千禧", "福满", "聚源", "盛世", "祥和", "同创", "青禾", "山河", "明德", "立信"};

constexpr std::array kOpinions = {"同意", "同意", "同意", "同意承办机构意见", "同意，建议从轻处罚",
                                  "同意，建议加强后续监管", "同意，按裁量基准执行",
                                  "原则同意，需补充证据材料"};
} // namespace

const QList<AgencyCases> &agencyCases()
{
    static const QList<AgencyCases> list = {
        {"市监", 56, {{K::Inspection, 45}, {K::Penalty, 35}, {K::Licence, 15}, {K::Coercion, 5}},
         {"销售过期食品", "未取得食品经营许可从事食品经营活动", "经营标签不符合规定的预包装食品",
          "发布虚假广告", "销售不合格产品", "使用未经检定的计量器具", "未按规定明码标价",
          "侵犯注册商标专用权", "超范围使用食品添加剂", "销售不符合食品安全标准的食品"},
         {"食品安全日常监督检查", "双随机一公开抽查", "特种设备安全监督检查", "药品经营质量检查"},
         {"食品经营许可", "药品零售经营许可", "小餐饮登记"},
         {"食品", "商贸", "超市", "餐饮管理", "医药"},
         {"便利店", "饭店", "烟酒店", "超市", "药店", "烧烤店"}},
        {"环", 16, {{K::Inspection, 50}, {K::Penalty, 38}, {K::Coercion, 10}, {K::Licence, 2}},
         {"未批先建", "超标排放大气污染物", "未按规定设置危险废物识别标志", "违法倾倒固体废物",
          "未落实扬尘污染防治措施", "通过暗管逃避监管排放水污染物", "未按规定执行环境影响评价制度"},
         {"污染源日常执法检查", "重点排污单位专项检查"},
         {"排污许可"},
         {"化工", "建材", "机械制造", "造纸", "印染"},
         {"汽修厂", "洗车场", "石材加工厂"}},
        {"综执", 44,
         {{K::Inspection, 40}, {K::Penalty, 48}, {K::Coercion, 8}, {K::Licence, 2}, {K::Expropriation, 2}},
         {"违法建设", "擅自占用城市道路", "未经许可设置户外广告", "随意倾倒建筑垃圾", "擅自占道经营",
          "违规排放餐饮油烟", "损坏城市绿地", "未按规定办理渣土运输手续"},
         {"市容环境卫生检查", "建筑工地文明施工检查"},
         {"城市道路挖掘许可", "户外广告设置许可"},
         {"建筑工程", "房地产开发", "广告", "渣土运输"},
         {"饭店", "五金店", "水果店", "烧烤店"}},
        {"交", 24, {{K::Inspection, 35}, {K::Penalty, 50}, {K::Licence, 10}, {K::Coercion, 5}},
         {"未取得道路运输经营许可擅自从事道路运输经营", "车辆超限运输", "未按规定使用卫星定位装置",
          "擅自改装营运车辆", "驾驶员未取得从业资格证从事营运", "巡游出租汽车违规揽客"},
         {"道路运输企业安全生产检查", "客运站源头管理检查"},
         {"道路运输经营许可", "出租汽车经营许可"},
         {"物流", "运输", "客运", "汽车服务"},
         {"汽修厂", "驾驶员培训点"}},
        {"农", 12,
         {{K::Inspection, 45}, {K::Penalty, 30}, {K::Licence, 15}, {K::Confirmation, 5},
          {K::Adjudication, 3}, {K::Coercion, 2}},
         {"经营假农药", "销售未经登记的肥料", "违规使用禁用兽药", "在禁渔期捕捞",
          "未按规定处置病死畜禽", "经营劣质种子"},
         {"农资市场专项检查", "畜禽养殖场监督检查"},
         {"农药经营许可", "种子生产经营许可"},
         {"农资", "种业", "养殖", "农业科技"},
         {"农资店", "养殖专业合作社", "种植专业合作社"}},
        {"应急", 10, {{K::Inspection, 60}, {K::Penalty, 35}, {K::Coercion, 5}},
         {"未按规定开展安全生产教育和培训", "未按规定设置安全警示标志", "特种作业人员未持证上岗",
          "未建立事故隐患排查治理制度", "违规储存危险化学品"},
         {"安全生产执法检查", "危险化学品专项检查"},
         {},
         {"化工", "矿业", "烟花爆竹", "机械制造"},
         {"加油站", "烟花爆竹零售点"}},
        {"文旅", 6, {{K::Inspection, 55}, {K::Penalty, 30}, {K::Licence, 15}},
         {"擅自从事营业性演出", "网吧接纳未成年人", "未经许可经营旅行社业务", "娱乐场所超时营业",
          "导游私自承揽业务"},
         {"文化市场执法检查", "旅游市场秩序检查"},
         {"娱乐场所经营许可", "营业性演出许可"},
         {"文化传媒", "旅行社", "网络科技"},
         {"网吧", "KTV", "书店"}},
        {"卫健", 12, {{K::Inspection, 45}, {K::Penalty, 25}, {K::Licence, 25}, {K::Benefit, 5}},
         {"未取得医疗机构执业许可证擅自执业", "公共场所未取得卫生许可证经营",
          "使用非卫生技术人员从事医疗卫生技术工作", "生活饮用水卫生不符合标准", "医疗废物管理不规范"},
         {"公共场所卫生监督检查", "医疗机构依法执业检查"},
         {"公共场所卫生许可", "医疗机构执业登记"},
         {"医疗", "美容", "酒店管理", "健康管理"},
         {"诊所", "美容院", "宾馆", "游泳馆"}},
        {"城关", 4, {{K::Inspection, 55}, {K::Penalty, 40}, {K::Coercion, 5}},
         {"违法建设", "违规焚烧秸秆", "擅自占道经营", "未落实门前三包责任", "违规搭建"},
         {"综合行政执法巡查"}, {}, {"商贸", "建筑工程"}, {"饭店", "五金店", "水果店"}},
        {"东城", 4, {{K::Inspection, 55}, {K::Penalty, 40}, {K::Coercion, 5}},
         {"违法建设", "擅自占道经营", "未落实门前三包责任", "乱堆乱放"},
         {"综合行政执法巡查"}, {}, {"商贸", "物业管理"}, {"饭店", "便利店"}},
        {"西城", 4, {{K::Inspection, 55}, {K::Penalty, 40}, {K::Coercion, 5}},
         {"违法建设", "擅自占道经营", "乱堆乱放", "违规搭建"},
         {"综合行政执法巡查"}, {}, {"商贸", "物业管理"}, {"饭店", "便利店"}},
        {"河口", 4, {{K::Inspection, 55}, {K::Penalty, 40}, {K::Coercion, 5}},
         {"违法建设", "违规焚烧秸秆", "非法占用耕地"},
         {"综合行政执法巡查"}, {}, {"农业科技", "养殖"}, {"养殖专业合作社", "农资店"}},
        {"气", 1, {{K::Inspection, 60}, {K::Licence, 30}, {K::Penalty, 10}},
         {"未经许可施放气球", "防雷装置未经检测投入使用"},
         {"防雷安全检查"}, {"升放气球活动许可", "防雷装置设计审核"}, {"广告", "建筑工程"}, {"礼仪服务部"}},
        {"城管服", 3, {{K::Inspection, 50}, {K::Penalty, 50}},
         {"擅自占用城市道路", "乱贴乱画", "随意倾倒垃圾", "违规设置广告牌"},
         {"市容秩序巡查"}, {}, {"广告", "商贸"}, {"饭店", "水果店", "五金店"}},
    };
    return list;
}

int totalWeight()
{
    int n = 0;
    for (const AgencyCases &a : agencyCases())
        n += a.weight;
    return n;
}

QString kindChar(CaseKind kind)
{
    switch (kind) {
    case K::Penalty: return QStringLiteral("罚");
    case K::Licence: return QStringLiteral("许");
    case K::Coercion: return QStringLiteral("强");
    case K::Inspection: return QStringLiteral("检");
    case K::Expropriation: return QStringLiteral("征");
    case K::Confirmation: return QStringLiteral("确");
    case K::Benefit: return QStringLiteral("给");
    case K::Adjudication: return QStringLiteral("裁");
    case K::Other: break;
    }
    return QStringLiteral("其");
}

QString brand(QRandomGenerator &rng)
{
    return QString::fromUtf8(kBrands[rng.bounded(static_cast<quint32>(kBrands.size()))]);
}

QString pick(QRandomGenerator &rng, const QList<const char *> &table)
{
    return table.isEmpty() ? QString()
                           : QString::fromUtf8(table.at(rng.bounded(static_cast<int>(table.size()))));
}

QString opinion(QRandomGenerator &rng)
{
    return QString::fromUtf8(kOpinions[rng.bounded(static_cast<quint32>(kOpinions.size()))]);
}

} // namespace Jiandu::Demo::CaseTables
