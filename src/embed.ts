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

// ?claim=: that version highlighted and scrolled into view, as on the full page.
const claim = new URLSearchParams(location.search).get('claim');
const card = claim ? document.querySelector<HTMLElement>(`article[data-claim="${CSS.escape(claim)}"]`) : null;
if (card) {
  card.classList.add('highlighted');
  card.setAttribute('aria-current', 'true');
  card.scrollIntoView({ block: 'start' });
}

// Copy buttons carry their link in data-href.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-href]')) {
  button.addEventListener('click', () => {
    const href = button.dataset.href ?? '';
    navigator.clipboard.writeText(href).catch(() => window.prompt('', href));
  });
}
