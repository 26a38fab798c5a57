import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createAppCore } from './app-core.ts';
import { queryFor } from '../common/query/url-state.ts';
import { tr } from '../i18n/i18n.ts';
import { fixtureScreen, type FixtureInstance } from './fixtures/fixture-screen.ts';

const announced: string[] = [];
const build = (search = '', languages: string[] = ['en-GB']) =>
  createAppCore([fixtureScreen('alpha'), fixtureScreen('beta')], {
    search,
    languages,
    announcer: { announce: (text: string) => void announced.push(text) },
    reducedMotion: () => false,
    openHelp: () => {},
  });
const instance = (core: ReturnType<typeof build>, id: string) =>
  core.screens.find((s) => s.definition.id === id)!.instance as FixtureInstance;

describe('screen registry: screens registered only here work end to end', () => {
  it('the screen key takes the registered ids, and a link reaches a screen not yet shown', async () => {
    const core = build('?screen=beta&betaLevel=7&alphaLevel=99');
    expect(core.app.screen.value).toBe('beta');
    expect(await core.api.get('betaLevel')).toBe(7);
    expect(await core.api.get('alphaLevel')).toBe(10);
    expect(core.warnings.list.value.map((w) => tr(w.message)).join(' ')).toContain('"alphaLevel" = "99" is out of range');
    const bad = await core.api.set({ screen: 'gamma' });
    expect(bad.rejected.screen).toContain('not one of alpha, beta');
  });

  it("each screen's commands are host-API methods and bridge methods, reached while that screen is shown", async () => {
    const core = build('?screen=alpha');
    expect(core.methods).toEqual(expect.arrayContaining(['get', 'set', 'alphaTwice', 'betaTwice']));
    expect(await core.api.alphaTwice(21)).toBe(42);
    await expect(core.api.betaTwice(1)).rejects.toThrow('betaTwice() works on the');
  });

  it('switching screens by set() pauses the screen left and starts the one shown', async () => {
    const core = build('?screen=alpha');
    await core.shown().instance.model.ready();
    await core.api.step();
    expect(await core.api.get('alphaCount')).toBe(1);
    await core.api.set({ screen: 'beta' });
    expect(instance(core, 'alpha').calls).toEqual(['start', 'step', 'pause']);
    expect(instance(core, 'beta').calls).toEqual(['start']);
    await core.api.play();
    expect(instance(core, 'beta').calls).toEqual(['start', 'play']);
  });

  it("Reset All restores the link's values and resets every started screen once", async () => {
    const core = build('?screen=alpha&alphaLevel=2');
    await core.api.set({ alphaLevel: 8, betaLevel: 1, screen: 'beta' });
    await core.api.reset();
    expect(await core.api.get('alphaLevel')).toBe(2);
    expect(await core.api.get('betaLevel')).toBe(5);
    expect(core.app.screen.value).toBe('alpha');
    expect(instance(core, 'alpha').calls.filter((c) => c === 'reset')).toEqual(['reset']);
    expect(instance(core, 'beta').calls.filter((c) => c === 'reset')).toEqual(['reset']);
  });
});

describe('seed: one key per screen, and `seed` for all of them', () => {
  it('an old link with seed= seeds every screen; a new seed on one screen leaves the other alone', async () => {
    const core = build('?seed=42');
    expect(await core.api.get('alphaSeed')).toBe(42);
    expect(await core.api.get('betaSeed')).toBe(42);
    await core.api.set({ betaSeed: 7 });
    expect(await core.api.get('alphaSeed')).toBe(42);
    expect(await core.api.get('seed')).toBe(42);
    await core.api.set({ screen: 'beta' });
    expect(await core.api.get('seed')).toBe(7);
  });

  it('links carry the per-screen seeds, never the alias', () => {
    const query = queryFor(build('?seed=3').state);
    expect(query).toContain('alphaSeed=3');
    expect(query).toContain('betaSeed=3');
    expect(query).not.toMatch(/(^|&)seed=/);
  });
});

describe('locale', () => {
  it("the browser's languages choose it, a link overrides them, and only a chosen locale goes into links", async () => {
    expect(build('', ['zh-CN', 'en']).app.locale.value).toBe('zh-CN');
    expect(build('', ['fr-FR']).app.locale.value).toBe('en');
    const chosen = build('?locale=zh-CN', ['en']);
    expect(chosen.app.locale.value).toBe('zh-CN');
    expect(queryFor(chosen.state)).toContain('locale=zh-CN');
    expect(queryFor(build('', ['zh-CN']).state)).not.toContain('locale=');
  });

  it('an unknown locale is named in a warning and English stays', () => {
    const core = build('?locale=xx-YY', ['en']);
    expect(core.app.locale.value).toBe('en');
    expect(tr(core.warnings.list.value[0]!.message)).toContain('"xx-YY"');
  });

  it('Reset All keeps the language', async () => {
    const core = build('', ['en']);
    await core.api.set({ locale: 'zh-CN' });
    await core.api.reset();
    expect(core.app.locale.value).toBe('zh-CN');
  });
});

describe('nothing outside a screen folder names a screen', () => {
  it('main.ts, the shell, the host API and the bridge iterate over the registry', () => {
    const files = ['../main.ts', './app-core.ts', './interphase-app.ts', './app-settings.ts', '../common/embed/host-api.ts', '../common/embed/post-message-bridge.ts'];
    for (const file of files) {
      const code = readFileSync(new URL(file, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/reactor|plating/i);
    }
  });
});
