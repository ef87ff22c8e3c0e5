// The curated default topic taxonomy of 永康日报's political front pages.
// Plain data: editors change it in the admin, which validates it with taxonomySchema
// (schema.ts). How keywords and weights become a score: README.md.
//
// Weight guide: 3 = the keyword alone says what the article is about (疫情防控, 换届);
// 2 = strong sign (消防安全, 工业设计); 1 = supporting word that is also used in passing
// (文化, 干部). Avoid the slogans printed in nearly every article, such as
// 世界五金之都 or 高质量发展: they would tag everything.
import type { Taxonomy } from "./schema";

export const DEFAULT_TAXONOMY: Taxonomy = [
  {
    slug: "epidemic-control",
    name: "疫情防控",
    description: "新冠肺炎疫情的防控部署、核酸检测、疫苗接种和抗疫表彰。",
    rules: [
      { keyword: "疫情防控", weight: 3 }, { keyword: "新冠肺炎", weight: 3 }, { keyword: "新冠", weight: 3 }, { keyword: "抗疫", weight: 3 },
      { keyword: "防疫", weight: 3 }, { keyword: "战疫", weight: 2 }, { keyword: "疫情", weight: 2 }, { keyword: "核酸检测", weight: 3 },
      { keyword: "疫苗接种", weight: 3 }, { keyword: "外防输入", weight: 3 }, { keyword: "内防反弹", weight: 3 }, { keyword: "精密智控", weight: 2 },
      { keyword: "隔离", weight: 1 }, { keyword: "公共卫生", weight: 1 },
    ],
  },
  {
    slug: "digital-reform",
    name: "数字化改革",
    description: "数字化改革、整体智治和县乡一体条抓块统等政府数字化与治理改革。",
    rules: [
      { keyword: "数字化改革", weight: 3 }, { keyword: "县乡一体", weight: 2 }, { keyword: "条抓块统", weight: 2 }, { keyword: "整体智治", weight: 2 },
      { keyword: "数字政府", weight: 2 }, { keyword: "多跨场景", weight: 2 }, { keyword: "应用场景", weight: 1 }, { keyword: "152体系", weight: 2 },
      { keyword: "浙里办", weight: 2 }, { keyword: "浙政钉", weight: 2 }, { keyword: "一网通办", weight: 2 }, { keyword: "数据共享", weight: 1 },
      { keyword: "智治", weight: 1 },
    ],
  },
  {
    slug: "digital-economy",
    name: "数字经济",
    description: "数字经济、数字产业化、产业数字化和企业数字化转型。",
    rules: [
      { keyword: "数字经济", weight: 3 }, { keyword: "数字产业", weight: 2 }, { keyword: "产业数字化", weight: 2 }, { keyword: "数字化转型", weight: 2 },
      { keyword: "数字化改造", weight: 2 }, { keyword: "智能工厂", weight: 2 }, { keyword: "未来工厂", weight: 2 }, { keyword: "数字化车间", weight: 2 },
      { keyword: "数字五金", weight: 2 }, { keyword: "工业互联网", weight: 2 }, { keyword: "数字基础设施", weight: 2 }, { keyword: "数据要素", weight: 2 },
      { keyword: "电子商务", weight: 2 }, { keyword: "直播电商", weight: 2 }, { keyword: "人工智能", weight: 1 }, { keyword: "5g", weight: 1 },
      { keyword: "数字赋能", weight: 1 },
    ],
  },
  {
    slug: "safety-and-stability",
    name: "平安建设与除险保安",
    description: "平安建设、除险保安、社会治安、信访维稳和国家安全。",
    rules: [
      { keyword: "除险保安", weight: 3 }, { keyword: "平安建设", weight: 3 }, { keyword: "平安永康", weight: 3 }, { keyword: "平安金华", weight: 3 },
      { keyword: "平安浙江", weight: 3 }, { keyword: "大平安", weight: 2 }, { keyword: "扫黑除恶", weight: 3 }, { keyword: "维稳", weight: 2 },
      { keyword: "信访", weight: 2 }, { keyword: "社会治安", weight: 2 }, { keyword: "治安", weight: 1 }, { keyword: "矛盾纠纷", weight: 2 },
      { keyword: "国家安全", weight: 2 }, { keyword: "政治安全", weight: 2 }, { keyword: "安保", weight: 1 }, { keyword: "反诈", weight: 2 },
      { keyword: "电信网络诈骗", weight: 2 }, { keyword: "龙山经验", weight: 2 }, { keyword: "枫桥经验", weight: 2 }, { keyword: "政法", weight: 1 },
      { keyword: "风险隐患", weight: 1 },
    ],
  },
  {
    slug: "work-safety",
    name: "安全生产",
    description: "安全生产、消防、隐患排查整治、事故防范和防汛防台等应急管理。",
    rules: [
      { keyword: "安全生产", weight: 3 }, { keyword: "消防安全", weight: 2 }, { keyword: "消防", weight: 1 }, { keyword: "安全隐患", weight: 2 },
      { keyword: "隐患排查", weight: 2 }, { keyword: "除隐患", weight: 1 }, { keyword: "火灾", weight: 2 }, { keyword: "事故", weight: 1 },
      { keyword: "危化品", weight: 2 }, { keyword: "自建房", weight: 2 }, { keyword: "应急管理", weight: 1 }, { keyword: "交通安全", weight: 1 },
      { keyword: "防汛", weight: 1 }, { keyword: "防台", weight: 1 }, { keyword: "燃气", weight: 1 }, { keyword: "企业主体责任", weight: 1 },
    ],
  },
  {
    slug: "cyberspace-affairs",
    name: "网络安全与网信",
    description: "网信工作、网络安全、网络舆情和网上意识形态阵地建设。",
    rules: [
      { keyword: "网信", weight: 3 }, { keyword: "网络安全", weight: 3 }, { keyword: "网络强国", weight: 3 }, { keyword: "网络舆情", weight: 2 },
      { keyword: "舆情", weight: 1 }, { keyword: "网络意识形态", weight: 2 }, { keyword: "依法治网", weight: 2 }, { keyword: "网上舆论", weight: 2 },
      { keyword: "网络舆论", weight: 2 }, { keyword: "网络生态", weight: 2 }, { keyword: "清朗", weight: 2 }, { keyword: "互联网", weight: 1 },
      { keyword: "融媒体", weight: 1 }, { keyword: "网络诚信", weight: 1 },
    ],
  },
  {
    slug: "common-prosperity",
    name: "共同富裕",
    description: "共同富裕示范区建设、扩中提低、缩小三大差距和增收致富。",
    rules: [
      { keyword: "共同富裕", weight: 3 }, { keyword: "共富", weight: 3 }, { keyword: "扩中", weight: 2 }, { keyword: "提低", weight: 2 },
      { keyword: "三大差距", weight: 2 }, { keyword: "增收致富", weight: 2 }, { keyword: "村集体经济", weight: 2 }, { keyword: "低收入", weight: 2 },
      { keyword: "收入分配", weight: 2 }, { keyword: "均等化", weight: 1 }, { keyword: "先行示范", weight: 1 }, { keyword: "富民", weight: 1 },
      { keyword: "帮扶", weight: 1 },
    ],
  },
  {
    slug: "urban-renewal",
    name: "城市更新",
    description: "城市更新、旧城改造、老旧小区和城中村改造以及征迁安置。",
    rules: [
      { keyword: "城市更新", weight: 3 }, { keyword: "旧城改造", weight: 3 }, { keyword: "老旧小区", weight: 3 }, { keyword: "城中村", weight: 3 },
      { keyword: "有机更新", weight: 2 }, { keyword: "棚户区", weight: 2 }, { keyword: "未来社区", weight: 2 }, { keyword: "征迁", weight: 2 },
      { keyword: "拆迁", weight: 2 }, { keyword: "安置", weight: 1 }, { keyword: "城市品质", weight: 1 }, { keyword: "新型城镇化", weight: 1 },
    ],
  },
  {
    slug: "party-building",
    name: "党建与组织",
    description: "党的建设、换届选举、干部队伍、基层党组织和党风廉政。",
    rules: [
      { keyword: "党建", weight: 3 }, { keyword: "党的建设", weight: 3 }, { keyword: "换届", weight: 3 }, { keyword: "全面从严治党", weight: 3 },
      { keyword: "党风廉政", weight: 3 }, { keyword: "主题教育", weight: 3 }, { keyword: "党史学习教育", weight: 3 }, { keyword: "组织路线", weight: 2 },
      { keyword: "基层党组织", weight: 2 }, { keyword: "党组织", weight: 2 }, { keyword: "作风建设", weight: 2 }, { keyword: "清廉", weight: 2 },
      { keyword: "巡察", weight: 2 }, { keyword: "纪检监察", weight: 2 }, { keyword: "组织保证", weight: 1 }, { keyword: "组织建设", weight: 1 },
      { keyword: "干部", weight: 1 }, { keyword: "党员", weight: 1 },
    ],
  },
  {
    slug: "development-planning",
    name: "发展规划",
    description: "五年规划、远景目标、全会和政府工作报告确定的发展目标与任务。",
    rules: [
      { keyword: "十四五", weight: 3 }, { keyword: "十五五", weight: 3 }, { keyword: "五年规划", weight: 3 }, { keyword: "远景目标", weight: 3 },
      { keyword: "规划纲要", weight: 3 }, { keyword: "政府工作报告", weight: 3 }, { keyword: "国民经济和社会发展", weight: 2 }, { keyword: "预期目标", weight: 2 },
      { keyword: "务虚会", weight: 2 }, { keyword: "十三五", weight: 1 },
    ],
  },
  {
    slug: "culture",
    name: "文化",
    description: "文化建设与传承、历史文化遗产、千年古城、文化产业和文明创建。",
    rules: [
      { keyword: "千年古城", weight: 3 }, { keyword: "非物质文化遗产", weight: 3 }, { keyword: "非遗", weight: 3 }, { keyword: "文化遗产", weight: 2 },
      { keyword: "历史文化", weight: 2 }, { keyword: "传统文化", weight: 2 }, { keyword: "文化建设", weight: 2 }, { keyword: "文化产业", weight: 2 },
      { keyword: "文化礼堂", weight: 2 }, { keyword: "文明城市", weight: 2 }, { keyword: "文明实践", weight: 2 }, { keyword: "博物馆", weight: 2 },
      { keyword: "文艺", weight: 2 }, { keyword: "古村落", weight: 2 }, { keyword: "文旅", weight: 1 }, { keyword: "文化", weight: 1 },
    ],
  },
  {
    slug: "hardware-industry",
    name: "五金与产业",
    description: "五金产业和先进制造业的转型升级、工业经济、外贸出口、企业与产业链。",
    rules: [
      { keyword: "五金产业", weight: 3 }, { keyword: "五金企业", weight: 2 }, { keyword: "五金产品", weight: 2 }, { keyword: "五金博览会", weight: 3 },
      { keyword: "中国五金城", weight: 2 }, { keyword: "先进制造业", weight: 2 }, { keyword: "制造业", weight: 2 }, { keyword: "工业经济", weight: 2 },
      { keyword: "工业设计", weight: 2 }, { keyword: "规上工业", weight: 2 }, { keyword: "工业增加值", weight: 2 }, { keyword: "智能制造", weight: 2 },
      { keyword: "专精特新", weight: 2 }, { keyword: "产业集群", weight: 2 }, { keyword: "产业链", weight: 1 }, { keyword: "转型升级", weight: 1 },
      { keyword: "规上企业", weight: 1 }, { keyword: "电动工具", weight: 2 }, { keyword: "保温杯", weight: 2 }, { keyword: "门业", weight: 2 },
      { keyword: "休闲车", weight: 2 }, { keyword: "园林工具", weight: 2 }, { keyword: "外贸", weight: 2 }, { keyword: "出口", weight: 1 },
    ],
  },
  {
    slug: "rural-revitalization",
    name: "乡村振兴",
    description: "乡村振兴、农业农村、美丽乡村和未来乡村建设。",
    rules: [
      { keyword: "乡村振兴", weight: 3 }, { keyword: "未来乡村", weight: 3 }, { keyword: "和美乡村", weight: 3 }, { keyword: "美丽乡村", weight: 2 },
      { keyword: "三农", weight: 2 }, { keyword: "高标准农田", weight: 2 }, { keyword: "粮食", weight: 2 }, { keyword: "种粮", weight: 2 },
      { keyword: "乡村旅游", weight: 2 }, { keyword: "农业", weight: 1 }, { keyword: "农村", weight: 1 }, { keyword: "农民", weight: 1 },
      { keyword: "民宿", weight: 1 }, { keyword: "农家乐", weight: 1 },
    ],
  },
  {
    slug: "business-environment",
    name: "营商环境",
    description: "营商环境优化、放管服和增值化改革、政务服务和助企纾困。",
    rules: [
      { keyword: "营商环境", weight: 3 }, { keyword: "放管服", weight: 3 }, { keyword: "增值化改革", weight: 3 }, { keyword: "最多跑一次", weight: 2 },
      { keyword: "一号改革工程", weight: 2 }, { keyword: "政务服务", weight: 2 }, { keyword: "助企纾困", weight: 3 }, { keyword: "减税降费", weight: 3 },
      { keyword: "惠企", weight: 2 }, { keyword: "涉企", weight: 1 }, { keyword: "亲清", weight: 2 }, { keyword: "市场主体", weight: 1 },
      { keyword: "项目审批", weight: 2 }, { keyword: "招商引资", weight: 1 },
    ],
  },
];
