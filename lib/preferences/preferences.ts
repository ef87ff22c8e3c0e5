// Reader preferences, remembered in localStorage (pure). Reader pages stay cacheable: the server
// never sees them; <html data-font-size data-script> carries them to the CSS.

export const FONT_SIZES = ["small", "medium", "large"] as const;
export type FontSize = (typeof FONT_SIZES)[number];
export const FONT_SIZE_LABELS: Record<FontSize, string> = { small: "小", medium: "中", large: "大" };

export const SCRIPTS = ["hans", "hant"] as const;
/** hans: simplified, as printed; hant: converted to traditional in the browser. */
export type Script = (typeof SCRIPTS)[number];

export const STORAGE_KEYS = { fontSize: "yk:font-size", script: "yk:script" } as const;

export function parseFontSize(value: string | null | undefined): FontSize {
  return (FONT_SIZES as readonly string[]).includes(value ?? "") ? (value as FontSize) : "medium";
}

export function parseScript(value: string | null | undefined): Script {
  return value === "hant" ? "hant" : "hans";
}

/**
 * Inline at the top of <body>, before anything paints: applies the saved font size, marks a saved
 * traditional preference (the CSS hides the main text until it is converted, at most 1.5 s), and
 * marks that JavaScript runs (controls that need it are hidden otherwise). Storage may be blocked.
 */
export const EARLY_PREFERENCES_SCRIPT = `(function(){var d=document.documentElement;d.setAttribute("data-js","");try{var f=localStorage.getItem("${STORAGE_KEYS.fontSize}");if(f==="small"||f==="large")d.setAttribute("data-font-size",f);if(localStorage.getItem("${STORAGE_KEYS.script}")==="hant")d.setAttribute("data-script","hant")}catch(e){}})()`;
