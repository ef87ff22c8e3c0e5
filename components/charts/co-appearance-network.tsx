import type { NetworkLayout, PlacedNode } from "@/lib/officials/network-layout";
import { LABEL_GAP } from "@/lib/officials/network-layout";

interface CoAppearanceNetworkProps {
  layout: NetworkLayout;
  /** Page of the official behind each node key. */
  hrefOf: (key: string) => string;
  /** Summary for assistive technology; the table beside the picture has the figures. */
  label: string;
}

function Node({ node, href }: { node: PlacedNode; href: string }) {
  return (
    <a href={href} aria-current={node.isCenter ? "page" : undefined} className="group outline-none">
      <circle
        cx={node.x}
        cy={node.y}
        r={node.r}
        className={
          node.isCenter
            ? "fill-paper-red stroke-white dark:stroke-stone-950"
            : "fill-red-100 stroke-paper-red group-hover:fill-red-200 dark:fill-red-950 dark:group-hover:fill-red-900"
        }
        strokeWidth={1.5}
      />
      {/* A ring that shows keyboard focus; SVG links draw no outline of their own everywhere. */}
      <circle cx={node.x} cy={node.y} r={node.r + 4} fill="none" strokeWidth={2.5} className="stroke-transparent group-focus-visible:stroke-stone-900 dark:group-focus-visible:stroke-stone-100" />
      <text
        x={node.x}
        y={node.y + node.r + LABEL_GAP - 4}
        textAnchor="middle"
        fontSize={16}
        fontWeight={node.isCenter ? 700 : 400}
        paintOrder="stroke"
        strokeWidth={4}
        strokeLinejoin="round"
        className="fill-stone-900 stroke-stone-50 group-hover:fill-paper-red group-hover:underline dark:fill-stone-100 dark:stroke-stone-950"
      >
        {node.label}
      </text>
    </a>
  );
}

function Edges({ edges, className }: { edges: NetworkLayout["edges"]; className: string }) {
  return (
    <g className={className}>
      {edges.map((edge) => (
        <line key={`${edge.source}|${edge.target}`} x1={edge.x1} y1={edge.y1} x2={edge.x2} y2={edge.y2} strokeWidth={edge.strokeWidth} />
      ))}
    </g>
  );
}

/** Who appears with an official: the official in the middle, node size and line width by shared articles. */
export function CoAppearanceNetwork({ layout, hrefOf, label }: CoAppearanceNetworkProps) {
  return (
    <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={label} className="block h-auto w-full">
      {/* Edges grouped by kind, so that the attributes they share are written once per group. */}
      <g aria-hidden="true" strokeLinecap="round">
        <Edges edges={layout.edges.filter((edge) => !edge.isSpoke)} className="stroke-stone-400/30 dark:stroke-stone-500/40" />
        <Edges edges={layout.edges.filter((edge) => edge.isSpoke)} className="stroke-paper-red/45" />
      </g>
      {layout.nodes.map((node) => (
        <Node key={node.key} node={node} href={hrefOf(node.key)} />
      ))}
    </svg>
  );
}
