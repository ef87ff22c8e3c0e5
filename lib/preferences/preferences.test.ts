import { describe, expect, it } from "vitest";
import { EARLY_PREFERENCES_SCRIPT, parseFontSize, parseScript, STORAGE_KEYS } from "./preferences";

/** Runs the inline script against a stand-in <html> and localStorage. */
function runEarlyScript(stored: Record<string, string>, storageThrows = false): Record<string, string> {
  const attributes: Record<string, string> = {};
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error("SecurityError");
      return stored[key] ?? null;
    },
  };
  new Function("document", "localStorage", EARLY_PREFERENCES_SCRIPT)(document, localStorage);
  return attributes;
}

describe("parsing stored preferences", () => {
  it("falls back to the medium size and simplified script for anything unknown", () => {
    expect(parseFontSize("large")).toBe("large");
    expect(parseFontSize("huge")).toBe("medium");
    expect(parseFontSize(null)).toBe("medium");
    expect(parseScript("hant")).toBe("hant");
    expect(parseScript("tw")).toBe("hans");
    expect(parseScript(undefined)).toBe("hans");
  });
});

describe("the early preferences script", () => {
  it("applies a saved size and traditional script before the page paints", () => {
    expect(runEarlyScript({ [STORAGE_KEYS.fontSize]: "large", [STORAGE_KEYS.script]: "hant" })).toEqual({
      "data-js": "",
      "data-font-size": "large",
      "data-script": "hant",
    });
  });

  it("leaves the defaults unmarked and ignores tampered values", () => {
    expect(runEarlyScript({ [STORAGE_KEYS.fontSize]: "medium" })).toEqual({ "data-js": "" });
    expect(runEarlyScript({ [STORAGE_KEYS.fontSize]: '"><script>', [STORAGE_KEYS.script]: "HANT" })).toEqual({ "data-js": "" });
  });

  it("still marks JavaScript as running when storage is blocked", () => {
    expect(runEarlyScript({}, true)).toEqual({ "data-js": "" });
  });
});
