/**
 * A QR code of a link, drawn as SVG in the browser with the `qrcode` package's encoder (no network, no image
 * service). One path of unit squares, so it prints crisply at any size.
 */
import QRCode from 'qrcode';
import { useMemo } from 'react';

/** The dark modules of a QR code as an SVG path in module units, and its size. */
export function qrPath(text: string): { path: string; size: number } {
  // Medium error correction: a brief may be photographed from a printed page.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const parts: string[] = [];
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) if (modules.get(x, y)) parts.push(`M${x} ${y}h1v1h-1z`);
  return { path: parts.join(''), size };
}

export function QrCode({ text, label, px = 132 }: { text: string; label: string; px?: number }) {
  const code = useMemo(() => {
    try {
      return qrPath(text);
    } catch {
      // Past about 2,300 characters a link no longer fits in a QR code.
      return null;
    }
  }, [text]);
  if (!code)
    return <p className="qr-missing">This link is too long for a QR code: share the scenario file.</p>;
  const { path, size } = code;
  const quiet = 4;
  const box = size + 2 * quiet;
  return (
    <svg
      className="qr"
      width={px}
      height={px}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
