// The embed page's own small script (an iframe in an article): it tells the host page its height
// so the iframe fits its content — in Datawrapper's message format and pym.js's, which newsroom
// CMSs already listen for — highlights the version `?claim=` names, and makes the copy buttons
// copy. No framework: the page is prerendered HTML.
// Its styles are the site's stylesheet, which the page links (prerender keeps it).

const root = document.querySelector<HTMLElement>('[data-embed]');
const id = root?.dataset.embed ?? 'recoupe';

/** Sends the page's height to the host, in both formats, when it changes. */
function sendHeight(): void {
  const height = Math.ceil(root?.getBoundingClientRect().height ?? document.body.scrollHeight);
  if (window.parent === window) return;
  window.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
  const pymId = new URLSearchParams(location.search).get('childId') ?? id;
  window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
}
if (root) new ResizeObserver(sendHeight).observe(root);
sendHeight();

// ?claim=: that version highlighted, marked as the shared one and scrolled into view, as on the
// full page. The id is looked up among the cards, never built into a selector.
const claim = new URLSearchParams(location.search).get('claim');
const card = claim
  ? [...document.querySelectorAll<HTMLElement>('article[data-claim]')].find((a) => a.dataset.claim === claim)
  : undefined;
if (card) {
  card.classList.add('highlighted');
  card.setAttribute('aria-current', 'true');
  const mark = document.createElement('p');
  mark.className = 'shared';
  mark.textContent = root?.dataset.sharedLabel ?? '';
  card.querySelector('header')?.prepend(mark);
  card.scrollIntoView({ block: 'start' });
}

// Copy buttons carry their link in data-href: relative when the build knew no site address, so
// made absolute from the embed's own address (a copied "/incidents/…" would lead nowhere).
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-href]')) {
  button.addEventListener('click', () => {
    const href = new URL(button.dataset.href ?? '', location.href).href;
    navigator.clipboard.writeText(href).catch(() => window.prompt('', href));
  });
}
