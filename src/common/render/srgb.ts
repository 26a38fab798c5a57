/** three.js shades in linear RGB; theme and table colours are sRGB bytes (0–255). */
export function srgbByteToLinear(byte: number): number {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
