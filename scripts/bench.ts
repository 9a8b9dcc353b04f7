/**
 * `npm run bench`: every performance figure of the project, printed, never asserted (timings on
 * shared 2-core machines are noisy; tests never time anything). Each section is a module in
 * bench/ exporting `run(): Promise<void>` that prints its own table. Add a section: one file, one line.
 * Run one section: npm run bench -- classify
 */
const sections: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  classify: () => import('../bench/classify-bench.ts'),
  'bundle-size': () => import('../bench/bundle-size-bench.ts'),
  lighthouse: () => import('../bench/lighthouse-bench.ts'),
  browser: () => import('../bench/browser-bench.ts'),
  cli: () => import('../bench/cli-bench.ts'),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(sections)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  const section = await load();
  await section.run();
}
export {};
