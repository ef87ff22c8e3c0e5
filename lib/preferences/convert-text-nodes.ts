// Converts the text under a root element in place, and back (browser only, no framework).
//
// Only text nodes change, so React keeps its nodes and event handlers. A MutationObserver
// converts what arrives later (client navigation, streamed content, React updating a text), and
// recognises its own writes so it never loops.

const SKIPPED_PARENTS = new Set(["SCRIPT", "STYLE", "TEXTAREA", "NOSCRIPT"]);
const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export interface TextConversion {
  /** Puts every converted text back as it was and stops watching. */
  revert(): void;
}

function textNodesUnder(root: Node): Text[] {
  if (root.nodeType === Node.TEXT_NODE) return [root as Text];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && SKIPPED_PARENTS.has(node.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

export function convertTextNodes(root: HTMLElement, convert: (text: string) => string): TextConversion {
  const originals = new WeakMap<Text, string>();
  const written = new WeakMap<Text, string>();

  const convertNode = (node: Text) => {
    const value = node.nodeValue ?? "";
    if (written.get(node) === value || !HAS_HAN.test(value)) return;
    const converted = convert(value);
    if (converted === value) return;
    originals.set(node, value);
    written.set(node, converted);
    node.nodeValue = converted;
  };

  textNodesUnder(root).forEach(convertNode);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "characterData") convertNode(record.target as Text);
      else record.addedNodes.forEach((added) => textNodesUnder(added).forEach(convertNode));
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });

  return {
    revert() {
      observer.disconnect();
      for (const node of textNodesUnder(root)) {
        const original = originals.get(node);
        if (original !== undefined && written.get(node) === node.nodeValue) node.nodeValue = original;
      }
    },
  };
}
