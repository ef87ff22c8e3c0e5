// Text preparation: hide journalist bylines, then drop all whitespace.
//
// Bylines are masked BEFORE whitespace is removed because the spaces are what
// delimit a journalist's name ("融媒记者 卢斌 摄"). Whitespace is removed
// afterwards because the OCR breaks lines anywhere, even inside names
// ("章\n旭升") and pads short lines with spaces ("发 展 开 展").

/** Replaces masked text. Not a Han character, so it acts as a hard boundary. */
export const MASK = "#";

export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

const BYLINE_ROLE = /记者|通讯员|评论员|摄影|实习生|编辑/;
const HAN = "\\u4e00-\\u9fff";
const SPACE = "[ \\t\\u3000\\u00a0]";

// "记者 陈晓苏", "通讯员 王某 报道", "记者陈晓苏）": a 2–3 character name after a
// byline role, ending at whitespace, a bracket, or another byline word.
const ROLE_NAME = new RegExp(
  `(记者|通讯员|评论员|摄影|实习生)${SPACE}*([${HAN}]{2,3})(?=\\s|[）)]|$|摄|报道|通讯员|记者)`,
  "g",
);
// Photo credit at the end of a line: "融媒记者 卢斌 摄".
const PHOTO_CREDIT = new RegExp(`([${HAN}]{2,3})${SPACE}+摄影?(?=${SPACE}*(?:\\r?\\n|$))`, "g");

function mask(len: number): string {
  return MASK.repeat(len);
}

/** Masks parenthesised bylines: "本报讯（金华日报记者 楼盼 融\n媒首席记者 陈晓苏）". */
function maskBracketBylines(text: string): string {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("（", from); open >= 0; open = text.indexOf("（", from)) {
    // Look for the closing bracket within a byline's length only, so the scan stays linear.
    const window = text.slice(open + 1, open + 121);
    const rel = window.indexOf("）");
    const inner = rel >= 0 ? window.slice(0, rel) : "";
    const close = open + 1 + rel;
    if (rel >= 0 && !inner.includes("（") && BYLINE_ROLE.test(inner)) {
      out += text.slice(from, open) + mask(close + 1 - open);
      from = close + 1;
    } else {
      out += text.slice(from, open + 1);
      from = open + 1;
    }
  }
  return out + text.slice(from);
}

/** Masks short byline lines such as "□融媒首席记者 陈晓苏" or "□首席记者 张赤奎". */
function maskBylineLines(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const t = line.trim();
      return /^[□■◇◆]/.test(t) && t.length <= 40 && BYLINE_ROLE.test(t) ? mask(line.length) : line;
    })
    .join("\n");
}

export function maskBylines(text: string): string {
  let t = maskBracketBylines(text);
  t = maskBylineLines(t);
  t = t.replace(ROLE_NAME, (_m, role: string, name: string) => role + mask(name.length));
  t = t.replace(PHOTO_CREDIT, (m: string) => mask(m.length));
  return t;
}

/** Removes all whitespace (line breaks, OCR padding, ideographic spaces). */
export function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

/** The normalised text every other step works on. */
export function prepare(text: string): string {
  return compact(maskBylines(text));
}
