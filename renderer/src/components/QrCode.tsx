import QRCode from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR code for a link, drawn as one SVG path (sharp on paper at any size). Medium error
 * correction: a handout folded or printed on a tired printer still scans.
 */
export function QrCode({ text, label, sizeMm = 28 }: { text: string; label: string; sizeMm?: number }) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const cells: string[] = [];
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) {
        if (modules.get(x, y)) cells.push(`M${x + 4} ${y + 4}h1v1h-1z`);
      }
    }
    // A quiet zone of four modules all round, as readers expect.
    return { size: modules.size + 8, path: cells.join('') };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
