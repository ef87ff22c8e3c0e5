// Word segmentation with jieba: its default dictionary plus the places of places.ts and the
// names of people the archive knows (added as they are met). One instance per process.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { PLACE_NAMES } from "./places";

/** High enough that a known name or place wins over any split jieba's dictionary suggests. */
const WORD_FREQUENCY = 50_000;

let jieba: Jieba | undefined;
const added = new Set<string>();

function instance(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    loadWords(jieba, PLACE_NAMES);
  }
  return jieba;
}

function loadWords(target: Jieba, words: Iterable<string>) {
  const lines: string[] = [];
  for (const word of words) {
    // A dictionary line is "word frequency tag"; a word with spaces would break it.
    if (added.has(word) || !/^\S{2,}$/u.test(word)) continue;
    added.add(word);
    lines.push(`${word} ${WORD_FREQUENCY} n`);
  }
  if (lines.length > 0) target.loadDict(Buffer.from(`${lines.join("\n")}\n`));
}

/** Adds words (officials' and journalists' names) to the dictionary; known ones are skipped. */
export function addDictionaryWords(words: Iterable<string>): void {
  loadWords(instance(), words);
}

/** The words of a text in order, without HMM guesses (an unknown name stays single characters). */
export function segmentWords(text: string): string[] {
  return instance().cut(text, false);
}
