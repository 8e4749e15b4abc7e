import { describe, expect, it } from 'vitest';
import { parseInitialState, serializeState } from '../../../src/app/initial';

describe('page state', () => {
  it('says when the page leaves its index to data/index.json, and carries none', () => {
    const s = parseInitialState(serializeState({ path: '/', lang: 'fr', indexFile: true }));
    expect(s.renderedFor).toBe('/');
    expect(s.indexFile).toBe(true);
    expect(s.options.initial?.index).toBeUndefined();
  });

  it('an incident page hands over its record and does not ask for the index', () => {
    const s = parseInitialState(serializeState({ path: '/incidents/x/', lang: 'en', incidents: [] }));
    expect(s.indexFile).toBeUndefined();
    expect(s.options.pageLang).toBe('en');
  });

  it('never lets data close the script element it sits in', () => {
    expect(serializeState({ path: '/</script><script>', lang: 'fr' })).not.toContain('<');
  });

  it('starts afresh on unreadable state rather than failing', () => {
    expect(parseInitialState('{not json').options).toEqual({});
    expect(parseInitialState(JSON.stringify({ path: '/', lang: 'fr', indexFile: 'yes' })).options).toEqual(
      {},
    );
  });
});
