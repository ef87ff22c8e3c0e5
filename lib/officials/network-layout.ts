// Positions of a co-appearance network, computed once on the server with d3-force (pure).
//
// The same data always gives the same picture: nodes start on fixed positions (the centre in the
// middle, the others on a spiral in the order given), d3-force draws its jiggle from its own seeded
// generator, and the simulation runs a fixed number of ticks instead of until it cools.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";

export interface NetworkInput {
  center: { key: string; label: string };
  /** Most important first; `weight` is the number of articles shared with the centre. */
  neighbours: { key: string; label: string; weight: number }[];
  /** Edges between neighbours (by key), weighted by shared articles. */
  edges: { source: string; target: string; weight: number }[];
}

export interface PlacedNode {
  key: string;
  label: string;
  x: number;
  y: number;
  r: number;
  isCenter: boolean;
  /** Articles shared with the centre (for the centre: the largest of those). */
  weight: number;
}

export interface PlacedEdge {
  source: string;
  target: string;
  weight: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  strokeWidth: number;
  /** An edge from the centre, as opposed to one between two neighbours. */
  isSpoke: boolean;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export interface LayoutOptions {
  width?: number;
  height?: number;
  ticks?: number;
}

/** Room under a node for its name (font size 16, up to four characters). */
export const LABEL_GAP = 19;
const LABEL_HALF_WIDTH = 32;
const CENTER_RADIUS = 16;
const MIN_RADIUS = 6;
const MAX_RADIUS = 14;
const MAX_STROKE = 6;

interface SimNode extends SimulationNodeDatum {
  key: string;
  r: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  weight: number;
  isSpoke: boolean;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function layoutNetwork(input: NetworkInput, options: LayoutOptions = {}): NetworkLayout {
  const width = options.width ?? 440;
  const height = options.height ?? 400;
  const ticks = options.ticks ?? 300;
  const cx = width / 2;
  const cy = height / 2;
  const maxShared = Math.max(1, ...input.neighbours.map((node) => node.weight));
  const radiusOf = (weight: number) => MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(weight / maxShared);

  const spokes = input.neighbours.map((node) => ({ source: input.center.key, target: node.key, weight: node.weight }));
  const known = new Set(input.neighbours.map((node) => node.key));
  const between = input.edges.filter((edge) => edge.source !== edge.target && known.has(edge.source) && known.has(edge.target));
  const maxWeight = Math.max(1, ...spokes.map((edge) => edge.weight), ...between.map((edge) => edge.weight));

  // Golden-angle spiral: evenly spread, the heaviest neighbours nearest the centre.
  const simNodes: SimNode[] = [
    { key: input.center.key, r: CENTER_RADIUS, x: cx, y: cy, fx: cx, fy: cy },
    ...input.neighbours.map((node, index) => {
      const angle = index * 2.399963;
      const distance = 60 + 12 * Math.sqrt(index);
      return { key: node.key, r: radiusOf(node.weight), x: cx + distance * Math.cos(angle), y: cy + distance * Math.sin(angle) };
    }),
  ];
  const allEdges = [...spokes.map((edge) => ({ ...edge, isSpoke: true })), ...between.map((edge) => ({ ...edge, isSpoke: false }))];
  // forceLink replaces source and target by the node objects: give it copies.
  const simLinks: SimLink[] = allEdges.map((edge) => ({ ...edge }));

  const collideRadius = (node: SimNode) => Math.max(node.r + 4, LABEL_HALF_WIDTH) + 4;
  const simulation = forceSimulation(simNodes)
    .force(
      "link",
      forceLink<SimNode, SimLink>(simLinks)
        .id((node) => node.key)
        .distance((link) => (link.isSpoke ? 150 - 60 * (link.weight / maxWeight) : 110))
        .strength((link) => (link.isSpoke ? 0.3 : 0.04 * (link.weight / maxWeight))),
    )
    .force("charge", forceManyBody<SimNode>().strength(-220))
    .force("collide", forceCollide<SimNode>(collideRadius).iterations(3))
    .force("x", forceX<SimNode>(cx).strength(0.04))
    .force("y", forceY<SimNode>(cy).strength(0.06))
    .force("bounds", keepInside(width, height))
    .stop();
  simulation.tick(ticks);

  const placed = new Map(simNodes.map((node) => [node.key, node]));
  const nodes: PlacedNode[] = [
    { ...input.center, x: cx, y: cy, r: CENTER_RADIUS, isCenter: true, weight: maxShared },
    ...input.neighbours.map((node) => {
      const sim = placed.get(node.key)!;
      return { ...node, x: round(sim.x ?? cx), y: round(sim.y ?? cy), r: round(sim.r), isCenter: false };
    }),
  ];
  const at = new Map(nodes.map((node) => [node.key, node]));
  const edges = allEdges.map((edge) => {
    const from = at.get(edge.source)!;
    const to = at.get(edge.target)!;
    return { ...edge, x1: from.x, y1: from.y, x2: to.x, y2: to.y, strokeWidth: round(1 + (MAX_STROKE - 1) * (edge.weight / maxWeight)) };
  });
  return { width, height, nodes, edges };
}

/** A force that stops nodes (and the names under them) at the edges of the drawing. */
function keepInside(width: number, height: number) {
  let nodes: SimNode[] = [];
  const force = () => {
    for (const node of nodes) {
      const x = (node.x ?? 0) + (node.vx ?? 0);
      const y = (node.y ?? 0) + (node.vy ?? 0);
      const clampedX = Math.min(width - LABEL_HALF_WIDTH, Math.max(LABEL_HALF_WIDTH, x));
      const clampedY = Math.min(height - node.r - LABEL_GAP - 4, Math.max(node.r + 4, y));
      node.vx = clampedX - (node.x ?? 0);
      node.vy = clampedY - (node.y ?? 0);
    }
  };
  force.initialize = (initial: SimNode[]) => {
    nodes = initial;
  };
  return force;
}
