// Place names that can prefix a title ("金华市委书记", "浙江省委常委",
// "武义县委书记"). A geographic resource, not a list of people: the paper is
// in 永康 (Jinhua, Zhejiang), so all of Zhejiang's cities and counties are here
// plus the provinces, which covers the titles this paper writes out.

export const HOME_JURISDICTION = "永康";
export const PROVINCE_JURISDICTION = "浙江";
export const NATIONAL_JURISDICTION = "national";

const ZHEJIANG =
  "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 " +
  "永康 义乌 东阳 兰溪 武义 浦江 磐安 婺城 金东 " +
  "上城 拱墅 西湖 滨江 萧山 余杭 临平 钱塘 富阳 临安 桐庐 淳安 建德 " +
  "海曙 江北 北仑 镇海 鄞州 奉化 余姚 慈溪 象山 宁海 " +
  "鹿城 龙湾 瓯海 洞头 瑞安 乐清 龙港 永嘉 平阳 苍南 文成 泰顺 " +
  "南湖 秀洲 嘉善 海盐 海宁 平湖 桐乡 吴兴 南浔 德清 长兴 安吉 " +
  "越城 柯桥 上虞 新昌 诸暨 嵊州 柯城 衢江 江山 常山 开化 龙游 " +
  "定海 普陀 岱山 嵊泗 椒江 黄岩 路桥 三门 天台 仙居 温岭 临海 玉环 " +
  "莲都 龙泉 青田 缙云 遂昌 松阳 云和 庆元 景宁";

const CHINA =
  "浙江 北京 上海 天津 重庆 江苏 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 " +
  "海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 内蒙古 黑龙江 吉林 辽宁 " +
  "河北 山西 台湾 香港 澳门 深圳 南京 苏州 广州 武汉 成都 合肥 福州 厦门";

const PLACES: ReadonlySet<string> = new Set([...ZHEJIANG.split(" "), ...CHINA.split(" ")]);

/** Administrative-level characters that follow a place name in a title (金华市委, 浙江省委). */
export const ADMIN_CHARS = "市省县区镇乡";

/** The place name (2–3 characters) starting at `i` and directly followed by an admin character, if any. */
export function placeBeforeAdminAt(s: string, i: number): string | undefined {
  for (const len of [2, 3]) {
    const p = s.slice(i, i + len);
    const next = s[i + len];
    if (PLACES.has(p) && next !== undefined && ADMIN_CHARS.includes(next)) return p;
  }
  return undefined;
}

