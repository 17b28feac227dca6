import { useEffect, useState } from 'react';

/** QR of the invite code, drawn locally as SVG (the qrcode library loads on demand). */
export function InviteQr({ code }: { code: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    void import('qrcode').then(async (qr) => {
      const svg = await qr.toString(code, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      if (live) setSrc(`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [code]);
  return src ? <img className="qr" src={src} width={168} height={168} alt={`QR code for invite ${code}`} /> : <div className="qr" />;
}
