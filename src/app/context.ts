// The app state, handed out once by App.svelte: components that only exist inside the app (the
// list, filters, masthead) read it here instead of taking a dozen props.
import { createContext } from 'svelte';
import type { AppState } from './state.svelte';

const [get, set] = createContext<AppState>();

export const setApp = set;
export const useApp = get;
