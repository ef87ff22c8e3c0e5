// Simplified → traditional for the reader's 繁 setting. Imported dynamically, only when chosen:
// OpenCC's tables (≈ 1 MB) must not weigh on any page's first load.
import { Converter } from "opencc-js/cn2t";

export const toTraditional = Converter({ from: "cn", to: "t" });
