/**
 * windows-1252's bytes 0x80–0x9F (the rest is ISO-8859-1). Node 20's TextDecoder accepts the
 * 'windows-1252' label but decodes these bytes as C1 controls, so curly quotes, dashes and the
 * euro sign of unlabelled legacy pages would come out wrong.
 */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes windows-1252 bytes per the WHATWG Encoding Standard's index. */
export function decodeWindows1252(body: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < body.length; start += CHUNK) {
    const codes = Array.from(body.subarray(start, start + CHUNK), (byte) => (byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROL_RANGE[byte - 0x80] ?? byte) : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
