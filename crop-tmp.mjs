import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [file, out, y, h, w] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: Number(w ?? 1280), height: 800 } });
await p.setContent(`<body style="margin:0"><img src="data:image/png;base64,${readFileSync(file).toString('base64')}">`);
await p.screenshot({ path: out, clip: { x: 0, y: Number(y), width: Number(w ?? 1280), height: Number(h) }, fullPage: true });
await b.close();
