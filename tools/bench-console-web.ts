// `npm run bench:console-web`: the JavaScript the agenda sends to the browser (gzip) against its 300 KB budget, and Lighthouse's accessibility and performance scores of the agenda, in Debian's Chromium.
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  launchBrowser,
} from '@atrevete/e2e/testing';
import { BUSY_DAY, startBusyConsole } from './bench/console-salon.js';
import { fmt, machineNote, runBench, verdict } from './bench/support.js';

const JS_BUDGET_KB = 300;
const AGENDA_PATH = `/agenda?date=${BUSY_DAY}&view=day`;

/** Loads the agenda signed in and sums every script it fetched, gzip-compressed as a server would send it. */
async function agendaJavaScript(url: string, cookie: string) {
  const browser = await launchBrowser();
  try {
    const [name, value] = cookie.split('=');
    await browser.context.addCookies([{ name, value, url }]);
    const page = await browser.newPage();
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => null);
      if (body) scripts.set(response.url(), gzipSync(body).length);
    });
    await page.goto(`${url}${AGENDA_PATH}`, { waitUntil: 'networkidle' });
    return scripts;
  } finally {
    await browser.close();
  }
}

runBench('bench:console-web', 10 * 60_000, async (cleanup) => {
  const salon = await startBusyConsole(cleanup);
  const scripts = await agendaJavaScript(salon.url, salon.cookie);
  const totalKb = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
  console.log(`bench:console-web — ${machineNote()}`);
  console.log(`agenda JavaScript (gzip), ${scripts.size} files:`);
  for (const [file, bytes] of scripts)
    console.log(`  ${fmt(bytes / 1024)} KB  ${new URL(file).pathname}`);
  console.log(
    `  total ${fmt(totalKb)} KB = ${fmt(totalKb / JS_BUDGET_KB, 2)}× the ${JS_BUDGET_KB} KB budget: ${verdict(totalKb < JS_BUDGET_KB)}`,
  );

  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
  });
  cleanup.add('stop Lighthouse Chromium', async () => chrome.kill());
  for (const [label, config] of [
    ['mobile (Lighthouse default: Moto G power, slow 4G)', undefined],
    ['desktop', desktopConfig],
  ] as const) {
    const result = await lighthouse(
      `${salon.url}${AGENDA_PATH}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: { Cookie: salon.cookie },
      },
      config,
    );
    const categories = result?.lhr.categories;
    const score = (key: 'performance' | 'accessibility') =>
      Math.round((categories?.[key]?.score ?? 0) * 100);
    const failed = Object.values(result?.lhr.audits ?? {})
      .filter(
        (audit) => audit.score === 0 && audit.scoreDisplayMode === 'binary',
      )
      .map((audit) => audit.id);
    const metric = (id: string) =>
      result?.lhr.audits[id]?.displayValue?.replace(/\s+/g, ' ') ?? '?';
    const metrics = [
      ['FCP', 'first-contentful-paint'],
      ['LCP', 'largest-contentful-paint'],
      ['TBT', 'total-blocking-time'],
      ['CLS', 'cumulative-layout-shift'],
      ['SI', 'speed-index'],
    ]
      .map(([name, id]) => `${name} ${metric(id)}`)
      .join(', ');
    console.log(
      `Lighthouse ${label}: ${metrics}; accessibility ${score('accessibility')} (≥ 95: ${verdict(score('accessibility') >= 95)}), performance ${score('performance')} (≥ 90: ${verdict(score('performance') >= 90)})${failed.length ? `; failing audits: ${failed.join(', ')}` : ''}`,
    );
  }
});
