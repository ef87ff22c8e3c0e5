import { describe, expect, it } from "vitest";
import { escapeXml, stripInvalidXmlChars, xmlElement } from "./xml";

describe("stripInvalidXmlChars", () => {
  it("drops C0 controls but keeps tab, newline and carriage return", () => {
    expect(stripInvalidXmlChars("甲\u0000乙\u0008丙\u000B丁\u000C戊\u001F己")).toBe("甲乙丙丁戊己");
    expect(stripInvalidXmlChars("a\tb\nc\rd")).toBe("a\tb\nc\rd");
  });

  it("drops lone surrogates and the non-characters U+FFFE and U+FFFF", () => {
    expect(stripInvalidXmlChars("前\uD800后\uDC00尾")).toBe("前后尾");
    expect(stripInvalidXmlChars("x\uFFFEy\uFFFFz")).toBe("xyz");
  });

  it("keeps Chinese, full-width punctuation and characters beyond the BMP", () => {
    const text = "《永康日报》“一号发展工程”　𠀀𪚥😀";
    expect(stripInvalidXmlChars(text)).toBe(text);
  });
});

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;");
  });

  it("does not double-escape and strips illegal characters as it escapes", () => {
    expect(escapeXml("&amp;\u0001")).toBe("&amp;amp;");
  });

  it("leaves a CDATA terminator harmless", () => {
    expect(escapeXml("]]>")).toBe("]]&gt;");
  });
});

describe("xmlElement", () => {
  it("writes text and quoted attributes escaped", () => {
    expect(xmlElement("guid", "http://x/a?b=1&c=2", { isPermaLink: "true" })).toBe('<guid isPermaLink="true">http://x/a?b=1&amp;c=2</guid>');
  });

  it("writes nothing for a missing value but an empty element for empty text", () => {
    expect(xmlElement("title", null)).toBe("");
    expect(xmlElement("title", undefined)).toBe("");
    expect(xmlElement("title", "")).toBe("<title></title>");
  });
});
