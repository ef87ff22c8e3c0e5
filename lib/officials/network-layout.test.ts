import { describe, expect, it } from "vitest";
import { LABEL_GAP, layoutNetwork, type NetworkInput } from "./network-layout";

const NAMES = ["章旭升", "胡勇春", "李浩锋", "胡天忠", "朱彭年", "朱重烈", "李雄伟", "陈龙", "张群环", "吕敏", "吴云", "徐华水", "楼锡嘉", "胡积合", "应伟杰"];

function input(count: number): NetworkInput {
  const neighbours = NAMES.slice(0, count).map((name, index) => ({ key: name, label: name, weight: count - index }));
  // A fixed pattern of edges between neighbours, like an official's meetings would give.
  const edges = neighbours.flatMap((a, i) =>
    neighbours.slice(i + 1).flatMap((b, j) => ((i + j) % 3 === 0 ? [{ source: a.key, target: b.key, weight: 1 + ((i + j) % 4) }] : [])),
  );
  return { center: { key: "金华", label: "金华" }, neighbours, edges };
}

describe("the co-appearance network layout", () => {
  it("gives the same picture for the same data", () => {
    expect(layoutNetwork(input(15))).toEqual(layoutNetwork(input(15)));
  });

  it("puts the official in the middle, the biggest node, with a spoke to every neighbour", () => {
    const layout = layoutNetwork(input(15), { width: 440, height: 400 });
    const center = layout.nodes[0]!;
    expect(center).toMatchObject({ key: "金华", isCenter: true, x: 220, y: 200 });
    expect(Math.max(...layout.nodes.slice(1).map((node) => node.r))).toBeLessThanOrEqual(center.r);
    const spokes = layout.edges.filter((edge) => edge.isSpoke);
    expect(spokes.map((edge) => edge.target)).toEqual(NAMES);
    expect(spokes[0]).toMatchObject({ source: "金华", x1: 220, y1: 200 });
  });

  it("sizes nodes and edges by shared articles", () => {
    const layout = layoutNetwork(input(15));
    const radii = layout.nodes.slice(1).map((node) => node.r);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
    expect(radii[0]).toBeGreaterThan(radii.at(-1)!);
    const heaviest = layout.edges.find((edge) => edge.target === NAMES[0])!;
    const lightest = layout.edges.find((edge) => edge.target === NAMES[14])!;
    expect(heaviest.strokeWidth).toBeGreaterThan(lightest.strokeWidth);
  });

  it("keeps every node and its name inside the drawing, apart from the others", () => {
    for (const count of [1, 2, 5, 15]) {
      const layout = layoutNetwork(input(count), { width: 440, height: 400 });
      for (const node of layout.nodes) {
        expect(node.x - node.r).toBeGreaterThanOrEqual(0);
        expect(node.x + node.r).toBeLessThanOrEqual(440);
        expect(node.y - node.r).toBeGreaterThanOrEqual(0);
        expect(node.y + node.r + LABEL_GAP).toBeLessThanOrEqual(400);
      }
      for (const [i, a] of layout.nodes.entries()) {
        for (const b of layout.nodes.slice(i + 1)) {
          // Names sit under the nodes: two nodes closer than this would print one name over the other.
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.key} and ${b.key} with ${count} neighbours`).toBeGreaterThan(a.r + b.r + 24);
        }
      }
    }
  });

  it("draws only the centre when nobody shares an article, and ignores edges to unknown nodes", () => {
    expect(layoutNetwork({ center: { key: "a", label: "甲" }, neighbours: [], edges: [] }).nodes).toHaveLength(1);
    const layout = layoutNetwork({ center: { key: "a", label: "甲" }, neighbours: [{ key: "b", label: "乙", weight: 2 }], edges: [{ source: "b", target: "x", weight: 1 }] });
    expect(layout.edges.map((edge) => [edge.source, edge.target])).toEqual([["a", "b"]]);
  });
});
