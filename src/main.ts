import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import './styles/controls.css';
import 'virtual:theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('Recoupe: #app element missing from index.html');

export default mount(App, { target, props: { base: import.meta.env.BASE_URL } });
