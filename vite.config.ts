import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { loadProcesses } from './worker/ald/process-files.ts';
import { loadCoatings } from './src/screens/coatings/catalogue/validate-coating.ts';
import { lessonsPlugin } from './lessons/build/vite-plugin-lessons.ts';

/**
 * Validates every ALD/MLD process file when the app is built or served, so the browser gets
 * plain data and spends no start-up time checking it. A bad file stops the build (or shows
 * the dev overlay) naming the file and field.
 */
function checkProcessFiles(): Plugin {
  const dir = fileURLToPath(new URL('./worker/ald/processes/', import.meta.url));
  const parse = (name: string): unknown => {
    try {
      return JSON.parse(readFileSync(dir + name, 'utf8'));
    } catch (error) {
      throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const check = () => {
    const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
    loadProcesses(Object.fromEntries(names.map((name) => [name, { default: parse(name) }])));
  };
  return {
    name: 'interphase:check-process-files',
    buildStart: check,
    // In dev, an edited file is checked again before the page gets it; ids are checked across files.
    transform(_code, id) {
      if (id.startsWith(dir) && id.endsWith('.json')) check();
    },
  };
}

/** Reads one JSON file, naming it if it does not parse. */
function parseJsonFile(dir: string, name: string): unknown {
  try {
    return JSON.parse(readFileSync(dir + name, 'utf8'));
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Validates the coatings catalogue (one file per coating, sources.json) against its types, its
 * sources, the Reactor's processes and the Plating lab's substrates, like checkProcessFiles.
 */
function checkCoatingFiles(): Plugin {
  const dataDir = fileURLToPath(new URL('./src/screens/coatings/catalogue/data/', import.meta.url));
  const coatingsDir = `${dataDir}coatings/`;
  const processDir = fileURLToPath(new URL('./worker/ald/processes/', import.meta.url));
  const jsonIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json'));
  const check = () => {
    const processIds = jsonIn(processDir).map((name) => (parseJsonFile(processDir, name) as { id?: unknown }).id);
    loadCoatings(
      Object.fromEntries(jsonIn(coatingsDir).map((name) => [name, { default: parseJsonFile(coatingsDir, name) }])),
      parseJsonFile(dataDir, 'sources.json'),
      processIds.filter((id): id is string => typeof id === 'string'),
    );
  };
  let serving = false;
  return {
    name: 'interphase:check-coating-files',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart: check,
    // In dev, an edited coating, source or process file is checked again before the page gets it
    // (a build checked everything once at its start).
    transform(_code, id) {
      if (serving && (id.startsWith(dataDir) || id.startsWith(processDir)) && id.endsWith('.json')) check();
    },
  };
}

export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // three.js is most of the JS and only the 3D views need it: a chunk of its own, named so,
        // loads with the first screen that draws in 3D and never with the shell.
        codeSplitting: { groups: [{ name: 'three', test: /[\\/]node_modules[\\/]three[\\/]/ }] },
      },
    },
  },
  plugins: [
    checkProcessFiles(),
    checkCoatingFiles(),
    // Parses and checks lessons/ at build time; the app gets JSON chunks (`virtual:lessons`), never markdown.
    lessonsPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Interphase: ALD/MLD coatings for lithium-metal anodes',
        short_name: 'Interphase',
        description: 'A teaching simulator of atomic and molecular layer deposition and lithium plating.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#10151c',
        theme_color: '#1d4e89',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,md,png,svg,webmanifest,woff2}'],
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
});
