// The English-word scan the language tests share (issue 16): the small
// English words that no sentence of German, French or Spanish uses, found in
// a page's visible text, its title and the names screen readers announce.

// English words that are not words of German, French or Spanish.
const ENGLISH = [
  'the', 'and', 'your', 'you', 'with', 'this', 'that', 'what', 'when', 'have', 'from', 'are',
  'can', 'our', 'is', 'it', 'to', 'of', 'for', 'my', 'step', 'steps', 'open', 'save', 'next',
  'back', 'how', 'who', 'been', 'yet', 'by', 'its', 'here', 'there',
];
// Names that stay English in every language: the app's, the book's and the
// original of Marquet's phrase, shown beside its translation.
const NAMES = ['Leader-Leader', 'Turn the Ship Around!', 'I intend to', 'USS Santa Fe', 'Santa Fe', 'L. David Marquet'];

// Each English word found on the page, with the start of the text it is in.
export async function englishWords(page) {
  const texts = await page.evaluate(() => {
    const lang = document.documentElement.lang;
    const out = [document.title];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        out.push(node.textContent);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const el = node;
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'CITE', 'TEMPLATE', 'CODE', 'TEXTAREA'].includes(el.tagName)) return;
      if (el.hasAttribute('lang') && el.getAttribute('lang') !== lang) return;
      if (el.hidden || el.closest('[hidden]')) return;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        if (el.getAttribute(a)) out.push(el.getAttribute(a));
      }
      if (el.tagName === 'INPUT' && ['button', 'submit'].includes(el.type)) out.push(el.value);
      for (const child of el.childNodes) walk(child);
    };
    walk(document.body);
    return out;
  });
  const found = [];
  for (let text of texts) {
    for (const name of NAMES) text = text.split(name).join(' ');
    for (const word of text.split(/[^\p{L}'’-]+/u)) {
      if (ENGLISH.includes(word.toLowerCase())) found.push(`"${word}" in: ${text.trim().slice(0, 120)}`);
    }
  }
  return [...new Set(found)];
}
