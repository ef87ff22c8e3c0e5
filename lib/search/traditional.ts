// Traditional → simplified Chinese with OpenCC's tables (pure; the archive is printed in simplified).
import * as OpenCC from "opencc-js";

let convert: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: "t", to: "cn" });
  return convert(text);
}
