import { JSDOM } from 'jsdom';

/** The text a reader sees in an HTML document's body (jsdom, window closed after). */
export function textOf(html: string): string {
  const { window } = new JSDOM(html);
  try {
    return window.document.body.textContent ?? '';
  } finally {
    window.close();
  }
}
