// What the reader is told about the offline copy: whether the browser is offline, the day the
// saved data dates from, and whether a new version of the app waits to take over. One instance
// for the page (`offlineStatus`): the registration (./register.ts) and the notice
// (components/shell/OfflineStatus.svelte) share it. Renders nothing on the server.
import { savedOn } from './save';

export class OfflineStatus {
  /** The browser says it has a network (navigator.onLine). */
  online = $state(true);
  /** When the stored data was fetched (the offline copy's date), once known. */
  savedOn = $state.raw<Date | undefined>();
  /** Set when a new version waits: takes it now (reloads the page). Never called unasked. */
  update = $state.raw<(() => void) | undefined>();

  /** Follows the browser's online state; returns the listener's removal. */
  follow(base: string): () => void {
    const sync = () => {
      this.online = navigator.onLine;
      // The saved day may have moved on since the page loaded (a save ran meanwhile).
      if (!this.online) void this.readSavedOn(base);
    };
    sync();
    addEventListener('online', sync);
    addEventListener('offline', sync);
    return () => {
      removeEventListener('online', sync);
      removeEventListener('offline', sync);
    };
  }

  async readSavedOn(base: string): Promise<void> {
    if (typeof caches === 'undefined') return;
    try {
      this.savedOn = await savedOn(base);
    } catch {
      // Storage refused (private mode, quota): the notice says offline without a date.
    }
  }
}

export const offlineStatus = new OfflineStatus();
