// The browser entry: the app takes over the page. A prerendered page carries its state as JSON
// (`#recoupe-state`) and its markup is the app's own, rendered on the server: the app hydrates it
// in place (no flash, no layout jump). A page rendered for another address (404.html, served for
// any missing path) is replaced instead. Production builds then register the service worker that
// keeps the site readable offline (lib/offline/).
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import type { AppStateOptions } from './app/state.svelte';
import { parseInitialState } from './app/initial';
import { afterFirstView } from './lib/offline/first-view';
import { offlineStatus } from './lib/offline/status.svelte';
import './app.css';
import './styles/controls.css';
import './styles/pages.css';
import 'virtual:theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('Recoupe: #app element missing from the page');

// MapLibre (the largest file) starts downloading now, while the page hydrates, rather than once
// the map component mounts; the map takes the same module from the loader's cache. A failure is
// the map's to report (MapView imports it again and shows its message).
import('./lib/map/maplibre').catch(() => undefined);

const base = import.meta.env.BASE_URL;
const state = parseInitialState(document.getElementById('recoupe-state')?.textContent);
const same = state.renderedFor === location.pathname && !!target.firstElementChild;

// Hydration renders the page as the server did (its path only); the app then reads the real
// address (query, #map=, language) and updates what differs.
const app = same
  ? hydrate(App, {
      target,
      props: {
        base,
        ...state.options,
        page: { pathname: location.pathname, search: '', hash: '' },
        live: true,
      },
    })
  : (target.replaceChildren(),
    mount(App, { target, props: { base, ...state.options } satisfies AppStateOptions }));

// Offline reading (production builds only: no service worker in `vite dev`), once the first view
// has settled; workbox-window loads only then.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  void afterFirstView()
    .then(() => import('./lib/offline/register'))
    .then(({ startOffline }) => startOffline(base, offlineStatus))
    .catch((e: unknown) => console.warn('Recoupe: offline reading could not start.', e));

export default app;
