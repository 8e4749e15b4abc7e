import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { expandCustomMedia } from './src/lib/layout.js';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  preprocess: [
    vitePreprocess(),
    // `@media (--phone)` in component styles: one breakpoint, defined in src/lib/layout.js.
    { name: 'custom-media', style: ({ content }) => ({ code: expandCustomMedia(content) }) },
  ],
  compilerOptions: { runes: true },
};
