/**
 * How a colour looks with the three common colour-vision deficiencies (Machado, Oliveira and
 * Fernandes 2009, full severity), and how far apart two colours look (CIE76 ΔE in Lab), so
 * a test can keep the team and verdict colours apart for everyone. Shapes, letters and
 * words carry the meaning too; this keeps colour a help rather than a trap.
 */
export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

const MATRICES: Record<Deficiency, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map(toLinear) as [number, number, number];

export function simulate(hex: string, d: Deficiency | null): [number, number, number] {
  const c = rgb(hex);
  if (!d) return c;
  return MATRICES[d].map((row) => Math.min(1, Math.max(0, row[0]! * c[0] + row[1]! * c[1] + row[2]! * c[2]))) as [number, number, number];
}

function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (v: number) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** How different two colours look to someone with deficiency `d` (null: typical vision). */
export function deltaE(a: string, b: string, d: Deficiency | null): number {
  const [l1, a1, b1] = lab(simulate(a, d));
  const [l2, a2, b2] = lab(simulate(b, d));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
