// Toneless pinyin of people's names, so that `zhangxusheng` or `zhang xu sheng` finds 章旭升 (pure).
import { pinyin } from "pinyin-pro";

/**
 * name → readings, each a space-separated toneless syllable list ("zhang xu sheng"). The first
 * character is read as a surname (曾 zeng, 单 shan); ü is also given as v and as u, as people type it.
 */
export function pinyinOfNames(names: Iterable<string>): Map<string, string[]> {
  const readings = new Map<string, string[]>();
  for (const name of names) {
    const syllables = pinyin(name, { toneType: "none", type: "array", surname: "head" });
    if (syllables.length === 0 || syllables.some((syllable) => !/^[a-zü]+$/.test(syllable))) continue;
    const reading = syllables.join(" ");
    readings.set(name, [...new Set([reading, reading.replaceAll("ü", "v"), reading.replaceAll("ü", "u")])]);
  }
  return readings;
}
