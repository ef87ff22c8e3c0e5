// Common Chinese surnames: a generic linguistic resource (Hundred Family
// Surnames plus frequent modern surnames), NOT a list of officials. It is used
// to validate name candidates and to decide where a name starts.
//
// A few real but rare surnames are deliberately left out because the same
// character is far more often an ordinary word right after a title or list
// trigger (过, 年, 原, 时, 明, 解, 都, 党, 市, 主, 重, 干, 小, 法, 和): missing a
// rare surname costs less than inventing officials out of running text.

const SINGLE =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盖练竺邰羊习卿阙银訾揭厉诸鲜井宓郦斯胡鄂稽毋暨厍虎帅邴蔚糜廉郜晁索茅衣钮亓禹贝卫伏宦褚琚";

const COMPOUND = [
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
  "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里",
  "呼延", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "闻人",
] as const;

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(Array.from(SINGLE));
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);

/** Length of the surname starting at `i` (2 for a compound surname, 1 for a single one), or 0. */
export function surnameLengthAt(s: string, i: number): 0 | 1 | 2 {
  if (COMPOUND_SURNAMES.has(s.slice(i, i + 2))) return 2;
  const c = s[i];
  return c !== undefined && SINGLE_SURNAMES.has(c) ? 1 : 0;
}
