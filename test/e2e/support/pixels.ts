/**
 * Colours of a screenshot, decoded by the page's own canvas (the pane's CSP allows data:
 * images), so a test compares what was painted without a PNG library or stored baselines.
 */
import type { Page } from "playwright-core";

export type Rgb = [number, number, number];
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The pixels of the PNG (or of a rectangle of it, in its pixels) as "r,g,b" each, with the
 * colour that covers most of them; counted in the page, so only the answer crosses over.
 */
export async function pixelsOf(page: Page, png: Buffer, rect?: Rect): Promise<{ pixels: string; dominant: Rgb }> {
  return page.evaluate(
    async ({ b64, rect }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext("2d")!;
      g.drawImage(img, 0, 0);
      const r = rect ?? { x: 0, y: 0, width: canvas.width, height: canvas.height };
      const data = g.getImageData(Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const [top] = [...counts].sort((a, b) => b[1] - a[1])[0];
      const dominant: [number, number, number] = [top >> 16, (top >> 8) & 255, top & 255];
      // The pixels themselves only for a small rectangle (a test compares two of them).
      const pixels = rect ? Array.from(data).join(",") : "";
      return { pixels, dominant };
    },
    { b64: png.toString("base64"), rect },
  );
}

export const dominantColor = async (page: Page, png: Buffer, rect?: Rect) => (await pixelsOf(page, png, rect)).dominant;

/** WCAG relative luminance, computed here independently of the pane's code. */
export function luminanceOf([r, g, b]: Rgb): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** `#rrggbb` as channels. */
export const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
