// The document and the data follow the app state: <html lang dir>, the title, the page hook
// `html[data-ready]` (docs/contract.md §4) once the app answers clicks and keys; the light index
// and the open incident's record fetched when missing; the summaries when a search needs them; the
// search text prepared while the page is idle.
import { localized, textDirection } from '../lib/i18n/locales';
import type { AppState } from './state.svelte';

/** Sets up the effects; call from a component's script (they live as long as it does). */
export function followDocument(app: AppState): void {
  $effect(() => {
    const root = document.documentElement;
    root.lang = app.lang;
    root.dir = textDirection(app.lang);
    const title = app.selected?.title ?? app.selectedDigest?.title;
    document.title = title ? `${localized(title, app.lang)} — Recoupe` : `Recoupe — ${app.m.tagline}`;
  });
  $effect(() => {
    if (app.ready) document.documentElement.dataset.ready = 'true';
    else delete document.documentElement.dataset.ready;
  });
}

export function followData(app: AppState): void {
  $effect(() => {
    if (!app.mounted || app.index || app.indexError) return;
    void app.loadIndex();
  });
  $effect(() => {
    const id = app.selectedId;
    // Only once the index says the id is ours (a missing record would be a failed request).
    if (app.mounted && id && app.index && app.recordState === 'loading') void app.loadRecord(id);
  });
  $effect(() => {
    if (app.explore.filters.q) void app.needSummaries();
  });
  $effect(() => app.explore.prepareSearch());
}
