import { useLayoutEffect, useRef, useState } from 'react';

/** The smallest zoom still readable from 1.5 m: the display's 28 px type stays at 17 px or more. */
export const MIN_ZOOM = 0.6;
const STEP = 0.05;

/**
 * The client cannot scroll the display, so what it shows must fit: the content is zoomed down
 * step by step until it fits the space above the language buttons (a larger screen keeps more
 * of the full size). What still does not fit at the smallest readable size is cut off, and
 * `clipped` says so, for a "the rest is on the handout" line.
 */
export function useFitToScreen<T extends HTMLElement>(key: unknown) {
  const box = useRef<T>(null);
  const [clipped, setClipped] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    const content = el?.firstElementChild as HTMLElement | null;
    if (!el || !content) return;
    // A zoomed box is narrower by the zoom: widen it back so it still spans (and centres in) the screen.
    const apply = (zoom: number) => {
      content.style.zoom = String(zoom);
      content.style.width = `${100 / zoom}%`;
    };
    const fit = () => {
      let zoom = 1;
      apply(zoom);
      while (el.scrollHeight > el.clientHeight + 1 && zoom - STEP >= MIN_ZOOM - 1e-9) {
        zoom = Math.round((zoom - STEP) * 100) / 100;
        apply(zoom);
      }
      setClipped(el.scrollHeight > el.clientHeight + 1);
    };
    fit();
    window.addEventListener('resize', fit);
    // Photos and fonts arriving late change the height too.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => fit());
    observer?.observe(el);
    return () => {
      window.removeEventListener('resize', fit);
      observer?.disconnect();
    };
  }, [key]);
  return { box, clipped };
}
