/** The placeholder photos generated articles point to. */
import { fill, IMAGE_DIR } from "./text.ts";

export const PALETTES = [
  ["#1d4e89", "#7fb2f0", "#f4d35e"], ["#2d6a4f", "#95d5b2", "#ffb703"], ["#6a040f", "#e85d04", "#ffba08"],
  ["#3c096c", "#9d4edd", "#e0aaff"], ["#005f73", "#94d2bd", "#ee9b00"], ["#283618", "#a3b18a", "#dda15e"],
  ["#14213d", "#fca311", "#e5e5e5"], ["#5f0f40", "#0f4c5c", "#fb8b24"],
] as const;

/**
 * The placeholder photos articles point to: `images/corpus/photo-1.svg` … `photo-8.svg`, 16:9, under 1 kB.
 * @example corpusImages()[0].path // "images/corpus/photo-1.svg"
 */
export function corpusImages(): { path: string; text: string }[] {
  return PALETTES.map(([back, middle, sun], i) => {
    const n = i + 1;
    const hill = 380 + 30 * (i % 4);
    const svg = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675" role="img" aria-label="Ảnh minh họa ${n}">`,
      `<rect width="1200" height="675" fill="${back}"/>`,
      `<circle cx="${200 + 110 * i}" cy="${150 + 12 * i}" r="${60 + 5 * i}" fill="${sun}"/>`,
      `<path d="M0 ${hill} Q300 ${hill - 120} 600 ${hill} T1200 ${hill - 40} V675 H0 Z" fill="${middle}"/>`,
      `<path d="M0 ${hill + 140} Q400 ${hill + 40} 800 ${hill + 130} T1200 ${hill + 100} V675 H0 Z" fill="${back}" opacity="0.6"/>`,
      `</svg>`,
    ].join("\n");
    return { path: `${IMAGE_DIR}/photo-${n}.svg`, text: `${svg}\n` };
  });
}
