// The chart as a file: its SVG serialised as it is on screen (colours are attributes), and a PNG
// drawn from that SVG on a canvas. Names say the date of the export.
import { exportFileName, saveBlob } from '@/components/download';

/** The chart's markup as a standalone SVG document. */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(svg.clientWidth || svg.viewBox.baseVal.width));
  copy.setAttribute('height', String(svg.clientHeight || svg.viewBox.baseVal.height));
  // interaction only, not part of a picture: the focusable items over the drawn marks (a window
  // around each lane's tab stop) and the outline of the item whose card shows
  for (const el of copy.querySelectorAll('.tl-item, .tl-outline')) el.remove();
  for (const el of [copy, ...copy.querySelectorAll('[tabindex]')]) el.removeAttribute('tabindex');
  return new XMLSerializer().serializeToString(copy);
}

export function saveSvg(svg: SVGSVGElement): void {
  saveBlob(new Blob([svgText(svg)], { type: 'image/svg+xml' }), exportFileName('svg'));
}

/** Draws the SVG on a canvas (twice its size, for sharpness) and saves it as PNG. */
export async function savePng(svg: SVGSVGElement): Promise<void> {
  const text = svgText(svg);
  const width = svg.clientWidth || 1000;
  const height = svg.clientHeight || 400;
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) saveBlob(png, exportFileName('png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
