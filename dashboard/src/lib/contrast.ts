/** Colour contrast as WCAG 2 computes it, for numbers drawn on coloured cells (which axe cannot check inside an SVG). */
export type Rgb = readonly [number, number, number];

export const INK: Rgb = [0x2b, 0x26, 0x22];
export const WHITE: Rgb = [0xff, 0xff, 0xff];
/** WCAG 1.4.3 for text under 18.66px bold, which the cell numbers are (and at 200% they are drawn smaller still). */
export const MIN_CONTRAST = 4.5;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

export const css = ([r, g, b]: Rgb) => `rgb(${r}, ${g}, ${b})`;

/**
 * A cell colour and the ink for its number, with at least MIN_CONTRAST between them. Mid-tones of the ramp reach 4.5:1
 * with neither dark nor white text, so such a colour is moved (lighter in the light half, darker in the dark half) just
 * far enough that one does: the cells keep their order, and every number stays readable.
 */
export function readableCell(fill: Rgb, darkHalf: boolean): { fill: Rgb; ink: Rgb } {
  const towards: Rgb = darkHalf ? [80, 45, 20] : [252, 246, 238];
  for (let k = 0; k <= 1; k += 0.02) {
    const candidate = fill.map((c, i) => Math.round(c + (towards[i]! - c) * k)) as unknown as Rgb;
    const ink = contrast(candidate, WHITE) >= contrast(candidate, INK) ? WHITE : INK;
    if (contrast(candidate, ink) >= MIN_CONTRAST) return { fill: candidate, ink };
  }
  return { fill: towards, ink: darkHalf ? WHITE : INK };
}
