import { useRef, useState, type PointerEvent } from 'react';

export const PAD_WIDTH = 600;
export const PAD_HEIGHT = 200;

/** Points of the strokes as SVG path data on the 600×200 box, whole numbers: what is stored. */
const toPath = (strokes: Array<Array<[number, number]>>) =>
  strokes
    .filter((s) => s.length > 1)
    .map((s) => s.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${x} ${y}`).join(' '))
    .join(' ');

/**
 * A signature drawn with a pen, a finger or the mouse (pointer events). It is drawn as an SVG
 * path, so what is stored is exactly what was seen. `onChange` gets the path, or '' when empty.
 */
export function SignaturePad({ label, clearLabel, onChange }: { label: string; clearLabel: string; onChange: (path: string) => void }) {
  const [strokes, setStrokes] = useState<Array<Array<[number, number]>>>([]);
  const drawing = useRef(false);
  const box = useRef<SVGSVGElement>(null);

  const point = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const r = box.current!.getBoundingClientRect();
    const x = Math.round(((e.clientX - r.left) / r.width) * PAD_WIDTH);
    const y = Math.round(((e.clientY - r.top) / r.height) * PAD_HEIGHT);
    return [Math.min(PAD_WIDTH, Math.max(0, x)), Math.min(PAD_HEIGHT, Math.max(0, y))];
  };
  const update = (next: Array<Array<[number, number]>>) => {
    setStrokes(next);
    onChange(toPath(next));
  };

  return (
    <div className="signature-pad">
      <svg
        ref={box}
        role="img"
        aria-label={label}
        viewBox={`0 0 ${PAD_WIDTH} ${PAD_HEIGHT}`}
        className="signature-canvas"
        data-testid="signature-pad"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = true;
          update([...strokes, [point(e)]]);
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          const last = strokes.at(-1);
          if (!last) return;
          const p = point(e);
          const prev = last.at(-1)!;
          if (Math.abs(prev[0] - p[0]) + Math.abs(prev[1] - p[1]) < 2) return;
          update([...strokes.slice(0, -1), [...last, p]]);
        }}
        onPointerUp={() => (drawing.current = false)}
        onPointerCancel={() => (drawing.current = false)}
      >
        <line x1="20" y1="170" x2="580" y2="170" stroke="#8a919c" strokeWidth="2" />
        <path d={toPath(strokes)} fill="none" stroke="#0b2a5b" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <button type="button" className="secondary" onClick={() => update([])} disabled={strokes.length === 0}>
        {clearLabel}
      </button>
    </div>
  );
}

/** A stored signature drawn again, for the screen or the printed sheet. */
export function SignatureImage({ path, label }: { path: string; label: string }) {
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${PAD_WIDTH} ${PAD_HEIGHT}`} className="signature-image">
      <path d={path} fill="none" stroke="#000" strokeWidth="5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
