// Place names the segmenter must keep whole: Zhejiang's cities and counties, and Yongkang's towns,
// streets and landmarks as the paper writes them. Names, not titles: jieba's own dictionary
// already knows the provinces and the big cities.

const ZHEJIANG =
  "浙江省 杭州市 宁波市 温州市 嘉兴市 湖州市 绍兴市 金华市 衢州市 舟山市 台州市 丽水市 " +
  "义乌 东阳 兰溪 武义 浦江 磐安 婺城 金东 义乌市 东阳市 兰溪市 武义县 浦江县 磐安县 婺城区 金东区 " +
  "萧山 余杭 临平 钱塘 富阳 临安 桐庐 淳安 建德 鄞州 奉化 余姚 慈溪 象山 宁海 瑞安 乐清 龙港 " +
  "海宁 平湖 桐乡 德清 长兴 安吉 柯桥 上虞 新昌 诸暨 嵊州 江山 常山 开化 龙游 岱山 嵊泗 " +
  "椒江 黄岩 路桥 三门 天台 仙居 温岭 临海 玉环 莲都 龙泉 青田 缙云 遂昌 松阳 云和 庆元 景宁 " +
  "浙中 金义 金华山 双龙洞 横店";

const YONGKANG =
  "永康 永康市 东城街道 西城街道 江南街道 石柱镇 前仓镇 舟山镇 古山镇 方岩镇 龙山镇 西溪镇 " +
  "象珠镇 唐先镇 花街镇 芝英镇 芝英 象珠 前仓 石柱 古山 方岩 龙山 西溪 唐先 花街 " +
  "永康经济开发区 现代农业装备高新区 五金城 中国科技五金城 方岩山 南溪湾 华溪 永康江";

/** Every place name, longest first (the order does not matter to jieba; it helps reading). */
export const PLACE_NAMES: readonly string[] = [...new Set(`${ZHEJIANG} ${YONGKANG}`.split(/\s+/).filter(Boolean))].sort(
  (a, b) => b.length - a.length || a.localeCompare(b),
);
