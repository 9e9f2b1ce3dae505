import { decodeHTMLStrict } from 'entities';

/** XML's own predefined entities; every other named reference in a feed is an HTML one. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Refuses documents with a DOCTYPE or entity declaration. Feeds never need one, and refusing them
 * closes billion-laughs expansion and external entities (XXE) whatever the parser underneath does.
 */
export function findForbiddenDeclaration(xml: string): string | null {
  const match = /<!(DOCTYPE|ENTITY)\b/i.exec(xml);
  return match ? `<!${match[1]?.toUpperCase()}> declarations are not accepted in feeds` : null;
}

/**
 * Rewrites HTML named references (`&nbsp;`, `&eacute;`) into numeric ones: they are common in
 * feeds but undefined in XML, so a strict XML parser would reject the whole feed for one.
 * Unknown names become a literal `&amp;name;`.
 */
export function replaceHtmlEntities(xml: string): string {
  return xml.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (reference, name: string) => {
    if (XML_ENTITIES.has(name)) return reference;
    const decoded = decodeHTMLStrict(reference);
    if (decoded === reference) return `&amp;${name};`;
    return [...decoded].map((character) => `&#${character.codePointAt(0)};`).join('');
  });
}

/**
 * Empties Atom `<published>`/`<updated>` elements holding an unreadable date: rss-parser calls
 * `new Date(x).toISOString()` on them unguarded and the RangeError loses the whole feed. The item
 * is kept without a date instead.
 */
export function blankInvalidAtomDates(xml: string): string {
  return xml.replace(
    /<((?:[\w-]+:)?(?:published|updated))(\s[^>]*)?>([^<]*)<\/\1\s*>/g,
    (element, name: string, attributes: string | undefined, value: string) =>
      Number.isNaN(Date.parse(value.trim())) ? `<${name}${attributes ?? ''}></${name}>` : element,
  );
}

/**
 * Renames `__proto__` elements. xml2js ≥ 0.5 (CVE-2023-0842) already builds objects that cannot
 * reach Object.prototype through them; renaming keeps that true whatever parser version is installed.
 */
export function renamePrototypeElements(xml: string): string {
  return xml.replace(/<(\/?)((?:[\w-]+:)?)__proto__(?=[\s/>])/g, '<$1$2proto-element');
}
