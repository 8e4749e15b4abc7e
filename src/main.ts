// The browser entry: the app takes over the page. A prerendered page carries its state as JSON
// (`#recoupe-state`) and its markup is the app's own, rendered on the server: the app hydrates it
// in place (no flash, no layout jump). A page rendered for another address (404.html, served for
// any missing path) is replaced instead. Production builds then register the service worker that
// keeps the site readable offline (lib/offline/).
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import type { AppStateOptions } from './app/state.svelte';
import { parseInitialState } from './app/initial';
import { loadIndex } from './lib/incidents/load';
import { afterFirstView } from './lib/offline/first-view';
import { offlineStatus } from './lib/offline/status.svelte';
import './app.css';
import './styles/controls.css';
import './styles/pages.css';
import 'virtual:theme.css';

const found = document.getElementById('app');
if (!found) throw new Error('Recoupe: #app element missing from the page');
const target: HTMLElement = found;

const base = import.meta.env.BASE_URL;
const state = parseInitialState(document.getElementById('recoupe-state')?.textContent);
const same = state.renderedFor === location.pathname && !!target.firstElementChild;

/** The app: hydrating the page as the server rendered it, or mounted afresh. */
async function start() {
  if (!same) {
    target.replaceChildren();
    return mount(App, { target: target, props: { base, ...state.options } satisfies AppStateOptions });
  }
  // The home page's list is rendered from the index it does not carry: read it first. Until then
  // the list is the prerendered one, its links plain links. Without it (offline, no service
  // worker), the app hydrates anyway and offers its retry message.
  const initial = { ...state.options.initial };
  if (state.indexFile)
    try {
      initial.index = await loadIndex(base);
    } catch (e) {
      console.warn('Recoupe: the index could not be read before hydrating.', e);
    }
  // Hydration renders the page as the server did (its path only); the app then reads the real
  // address (query, #map=, language) and updates what differs.
  return hydrate(App, {
    target: target,
    props: {
      base,
      ...state.options,
      initial,
      page: { pathname: location.pathname, search: '', hash: '' },
      live: true,
    },
  });
}

start().catch((e: unknown) => console.error('Recoupe: the app could not start.', e));

// Offline reading (production builds only: no service worker in `vite dev`), once the first view
// has settled; workbox-window loads only then.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  void afterFirstView()
    .then(() => import('./lib/offline/register'))
    .then(({ startOffline }) => startOffline(base, offlineStatus))
    .catch((e: unknown) => console.warn('Recoupe: offline reading could not start.', e));
