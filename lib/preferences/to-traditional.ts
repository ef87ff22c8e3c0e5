// Simplified → traditional for the reader's 繁 setting. Imported dynamically, only when chosen:
// OpenCC's tables (≈ 1 MB) must not weigh on any page's first load.
import { Converter } from "opencc-js/cn2t";

// Taiwan standard characters (群, not OpenCC's 羣): the forms most traditional-script readers know.
export const toTraditional = Converter({ from: "cn", to: "tw" });
