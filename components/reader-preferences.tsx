"use client";

import { useEffect, useSyncExternalStore } from "react";
import type { TextConversion } from "@/lib/preferences/convert-text-nodes";
import { FONT_SIZE_LABELS, FONT_SIZES, parseFontSize, parseScript, STORAGE_KEYS, type FontSize, type Script } from "@/lib/preferences/preferences";

// The preferences live on <html> (data-font-size, data-script), where the inline script in the
// root layout puts the saved ones before the first paint; this control only changes them.
const CHANGE_EVENT = "yk:preferences";
const root = () => document.documentElement;

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => window.removeEventListener(CHANGE_EVENT, onChange);
}

function setPreference(attribute: "data-font-size" | "data-script", key: string, value: string, isDefault: boolean) {
  if (isDefault) root().removeAttribute(attribute);
  else root().setAttribute(attribute, value);
  try {
    if (isDefault) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage blocked (private mode): the choice holds for this page only.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

let conversion: TextConversion | null = null;

/** Converts <main> to traditional characters, loading OpenCC's tables on first use. */
async function applyScript(script: Script) {
  const main = document.getElementById("main");
  if (!main) return;
  if (script === "hans") {
    conversion?.revert();
    conversion = null;
    main.removeAttribute("lang");
    return;
  }
  if (conversion) return;
  const [{ toTraditional }, { convertTextNodes }] = await Promise.all([import("@/lib/preferences/to-traditional"), import("@/lib/preferences/convert-text-nodes")]);
  // The reader may have switched back while the tables loaded.
  if (parseScript(root().getAttribute("data-script")) !== "hant" || conversion) return;
  conversion = convertTextNodes(main, toTraditional);
  main.setAttribute("lang", "zh-Hant");
}

const buttonClass =
  "min-w-8 rounded-sm border border-stone-300 px-1.5 py-0.5 text-stone-700 hover:border-paper-red hover:text-paper-red aria-pressed:border-paper-red aria-pressed:bg-paper-red aria-pressed:text-white dark:border-stone-600 dark:text-stone-300 dark:aria-pressed:text-stone-950";

/** 简/繁 and 字号 (three sizes), remembered in this browser. Hidden when JavaScript does not run. */
export function ReaderPreferences() {
  const fontSize = useSyncExternalStore(subscribe, () => parseFontSize(root().getAttribute("data-font-size")), () => "medium" as FontSize);
  const script = useSyncExternalStore(subscribe, () => parseScript(root().getAttribute("data-script")), () => "hans" as Script);

  useEffect(() => {
    // Reveals the main text (hidden by the CSS while a saved 繁 waits) once the saved script is in
    // place, or the tables failed to load; not on hydration's first pass, which renders the default.
    void applyScript(script).finally(() => {
      if (parseScript(root().getAttribute("data-script")) === script) root().setAttribute("data-converted", "");
    });
  }, [script]);

  return (
    <div className="needs-js ml-auto flex items-center gap-4 text-sm print:hidden" role="group" aria-label="阅读设置">
      <div className="flex items-center gap-1" role="group" aria-label="简繁">
        {(["hans", "hant"] as const).map((value) => (
          <button
            key={value}
            type="button"
            lang={value === "hans" ? "zh-Hans" : "zh-Hant"}
            aria-pressed={script === value}
            onClick={() => setPreference("data-script", STORAGE_KEYS.script, value, value === "hans")}
            className={buttonClass}
          >
            {value === "hans" ? "简" : "繁"}
          </button>
        ))}
      </div>
      <div className="flex items-center gap-1" role="group" aria-label="字号">
        <span aria-hidden="true" className="text-stone-500 dark:text-stone-400">
          字号
        </span>
        {FONT_SIZES.map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={fontSize === value}
            onClick={() => setPreference("data-font-size", STORAGE_KEYS.fontSize, value, value === "medium")}
            className={buttonClass}
          >
            {FONT_SIZE_LABELS[value]}
          </button>
        ))}
      </div>
    </div>
  );
}
