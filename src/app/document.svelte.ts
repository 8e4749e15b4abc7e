// The document follows the app state: <html lang dir>, the title, the page hook `html[data-ready]`
// (docs/contract.md §4) once the data is in and the prerendered versions have given way, and the
// search text folded while the page is idle so the first search does not wait for it.
import { localized, textDirection } from '../lib/i18n/locales';
import type { AppState } from './state.svelte';

/** Sets up the effects; call from a component's script (they live as long as it does). */
export function followDocument(app: AppState): void {
  $effect(() => {
    const root = document.documentElement;
    root.lang = app.lang;
    root.dir = textDirection(app.lang);
    document.title = app.selected
      ? `${localized(app.selected.title, app.lang)} — Recoupe`
      : `Recoupe — ${app.m.tagline}`;
  });
  $effect(() => {
    if (!app.incidents) return;
    document.getElementById('prerendered')?.remove();
    document.documentElement.dataset.ready = 'true';
  });
  $effect(() => app.explore.prepareSearch());
}
