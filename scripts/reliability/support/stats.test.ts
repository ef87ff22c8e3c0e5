import { describe, expect, it } from "vitest";
import { growth, percentile, summarizeWindows } from "./stats";

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });
});

describe("summarizeWindows", () => {
  it("groups samples by window and keeps empty windows in between", () => {
    const samples = [
      { at: 100, ms: 10 },
      { at: 29_999, ms: 30 },
      { at: 65_000, ms: 50 },
    ];
    expect(summarizeWindows(samples, 30_000)).toEqual([
      { fromSecond: 0, requests: 2, p50: 10, p95: 30, max: 30 },
      { fromSecond: 30, requests: 0, p50: 0, p95: 0, max: 0 },
      { fromSecond: 60, requests: 1, p50: 50, p95: 50, max: 50 },
    ]);
  });

  it("gives no windows for no samples", () => {
    expect(summarizeWindows([], 30_000)).toEqual([]);
  });
});

describe("growth", () => {
  it("is relative to the start", () => {
    expect(growth(200, 230)).toBeCloseTo(0.15);
    expect(growth(200, 180)).toBeCloseTo(-0.1);
  });
});
