// Registers the service worker (built by scripts/sw.mjs into dist/sw.js) with workbox-window, once
// the first view has settled, then saves the data for offline reading. A new version never takes
// over mid-reading: it waits until every tab of the site is closed (the next visit), or until the
// reader clicks "Update" in the notice, which reloads the page under it. Loaded on demand by
// main.ts in production builds only; `html[data-offline-ready]` marks the save done.
import { Workbox } from 'workbox-window';
import { staleCaches } from './caches';
import { saveForOffline } from './save';
import type { OfflineStatus } from './status.svelte';

interface NetworkInformation {
  saveData?: boolean;
}

export async function startOffline(base: string, status: OfflineStatus): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  wb.addEventListener('waiting', () => {
    status.update = () => {
      // The reload happens only once the new worker controls the page, and only on this click.
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      wb.messageSkipWaiting();
    };
  });
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await wb.register({ immediate: true });
  } catch (e) {
    registration = undefined;
    console.warn('Recoupe: no offline copy (the service worker could not register).', e);
  }
  if (!registration) return;
  await navigator.serviceWorker.ready;
  for (const name of staleCaches(await caches.keys())) await caches.delete(name);

  // A reader who asked the browser to save data gets what they open, not the whole dataset.
  const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  if (connection?.saveData || !navigator.onLine) return;
  try {
    const result = await saveForOffline(base, { page: location.pathname });
    await status.readSavedOn(base);
    if (result.failed.length === 0) document.documentElement.dataset.offlineReady = 'true';
    else console.warn(`Recoupe: ${result.failed.length} records not saved for offline reading.`);
  } catch (e) {
    console.warn('Recoupe: the data could not be saved for offline reading.', e);
  }
}
