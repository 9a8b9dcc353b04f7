/*
 * Everything Error Doctor needs from one OpenClaw release, read from its published tarball:
 * connect/auth strings, the Control UI's login-failure cards per locale, the CLI command tree with
 * flags, and the `gateway.*` config keys (with the ones the release retires).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  classifyReleaseString,
  gatewayConfigKey,
  hasConnectAuthWording,
  type StringKind,
} from './connect-auth-domain.ts';
import { scanFile, type CommandTarget, type ScannedFile } from './scan-bundle.ts';

/** Bump when extraction changes: cached facts of an older extractor are read again. */
export const extractorVersion = 8;

export const releaseFactsSchema = z.object({
  extractorVersion: z.number(),
  version: z.string(),
  /** Source modules, by index. */
  modules: z.array(z.string()),
  /**
   * Every string of the release with a letter in it (3–600 characters) and its module's index:
   * the connect/auth strings are picked from these when the data is built (so the domain can be
   * refined from a warm cache), and signature phrases are looked up in them.
   */
  allStrings: z.array(z.tuple([z.string(), z.number()])),
  cards: z.record(z.string(), z.record(z.string(), z.string())),
  commands: z.record(z.string(), z.array(z.string())),
  configKeys: z.array(z.string()),
  retiredKeys: z.array(z.string()),
});
export type ReleaseFacts = z.infer<typeof releaseFactsSchema>;

function* javascriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules') continue;
      yield* javascriptFiles(full);
    } else if (/\.(m?js|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      yield full;
    }
  }
}

/** `dist/gateway/call.js` → `src/gateway/call.ts`: the module name of a one-file-per-module build. */
function moduleOfFile(packageDir: string, file: string): string {
  const relative = path.relative(packageDir, file).split(path.sep).join('/');
  // Hashed chunk names (`control-ui/assets/zh-CN-CHg4D7GR.js`) change every release: drop the hash.
  return relative
    .replace(/^dist\//, 'src/')
    .replace(/-[\w-]{8}(?=\.(?:m?js|cjs)$)/, '')
    .replace(/\.(m?js|cjs)$/, '.ts');
}

/** "gateway.controlUi.allowInsecureAuth is retired", "Removed retired gateway.x legacy config". */
const retiredKeyWording =
  /\b(gateway(?:\.[A-Za-z0-9_]+)+) (?:is|was|has been) (?:retired|removed)|\bretired (gateway(?:\.[A-Za-z0-9_]+)+)/g;

/** Files without a source region (workers, old builds) are named by their path in the package. */
function isBundleFile(module: string): boolean {
  return !/^(src|packages|extensions|ui|apps)\//.test(module) || module.startsWith('src/control-ui/');
}

/** Connect/auth strings of a release, picked from all its strings by the domain rules. */
export function connectAuthStrings(facts: ReleaseFacts): { text: string; kind: StringKind; module: string }[] {
  const result: { text: string; kind: StringKind; module: string }[] = [];
  for (const [text, index] of facts.allStrings) {
    const module = facts.modules[index] ?? '';
    const kind = classifyReleaseString(text, module);
    if (kind) result.push({ text, kind, module });
  }
  return result;
}

/**
 * A cheap test before parsing (about one file in ten passes): a file can only hold what we read if
 * it has connect/auth wording, a domain module, a commander registration, a `gateway.*` key, a
 * login-failure table or a locale loader.
 */
const worthParsing =
  /\.command\(|["'`]gateway\.[a-z]|failure:\s*\{|import\(\s*["'`]\.\/[a-z]{2}|^\/\/#region (?:src\/(?:gateway|node-host|tui|infra\/device)|packages\/gateway-)/m;
function isWorthParsing(source: string, fileModule: string): boolean {
  return worthParsing.test(source) || hasConnectAuthWording(source) || /gateway|node-host/.test(fileModule);
}

export function extractRelease(packageDir: string, version: string): ReleaseFacts {
  const scanned: { file: string; result: ScannedFile }[] = [];
  const roots = [path.join(packageDir, 'dist')];
  const files = [
    ...readdirSync(packageDir)
      .filter((name) => /\.m?js$/.test(name))
      .map((name) => path.join(packageDir, name)),
    ...roots.flatMap((root) => [...javascriptFiles(root)]),
  ];
  for (const file of files) {
    // Whole-program worker bundles (tens of MB, no region comments) repeat the modules shipped as chunks.
    if (statSync(file).size > 8 * 1024 * 1024) continue;
    const source = readFileSync(file, 'utf8');
    const fileModule = moduleOfFile(packageDir, file);
    if (!isWorthParsing(source, fileModule)) continue;
    scanned.push({ file, result: scanFile(source, fileModule) });
  }

  const modules = new Map<string, number>();
  const allStrings = new Map<string, number>();
  const moduleNames: string[] = [];
  const configKeys = new Set<string>();
  const retiredKeys = new Set<string>();
  for (const { result } of scanned) {
    for (const { text, module } of result.strings) {
      const trimmed = text.trim();
      if (gatewayConfigKey.test(trimmed)) configKeys.add(trimmed);
      for (const match of trimmed.matchAll(retiredKeyWording)) {
        const key = match[1] ?? match[2];
        if (key) retiredKeys.add(key.replace(/\.$/, ''));
      }
      if (trimmed.length < 3 || trimmed.length > 600 || !/\p{L}/u.test(trimmed)) continue;
      const known = allStrings.get(trimmed);
      // The first module seen wins, except that a named source module beats a bundle file name.
      if (known !== undefined && !(isBundleFile(moduleNames[known] ?? '') && !isBundleFile(module))) continue;
      let index = modules.get(module);
      if (index === undefined) {
        index = moduleNames.length;
        modules.set(module, index);
        moduleNames.push(module);
      }
      allStrings.set(trimmed, index);
    }
  }

  // Control UI cards: locale chunks are named by the locale table that imports them.
  const localeOfFile = new Map<string, string>();
  for (const { result } of scanned) for (const [file, locale] of result.localeChunks) localeOfFile.set(file, locale);
  const cards: Record<string, Record<string, string>> = {};
  for (const { file, result } of scanned) {
    if (result.loginFailureTexts.size === 0) continue;
    const locale = localeOfFile.get(path.basename(file)) ?? 'en';
    const table = (cards[locale] ??= {});
    for (const [key, text] of result.loginFailureTexts) table[key] ??= text;
  }

  return {
    extractorVersion,
    version,
    modules: moduleNames,
    cards,
    allStrings: [...allStrings],
    commands: resolveCommands(scanned.map(({ result }) => result)),
    configKeys: [...configKeys].sort(),
    retiredKeys: [...retiredKeys].sort(),
  };
}

/** Joins registrations across files: a parameter target resolves through the calls that pass it. */
function resolveCommands(files: readonly ScannedFile[]): Record<string, string[]> {
  const callsByFunction = new Map<string, { index: number; target: CommandTarget }[]>();
  for (const file of files) {
    for (const call of file.calls) {
      const list = callsByFunction.get(call.fn) ?? [];
      list.push({ index: call.index, target: call.target });
      callsByFunction.set(call.fn, list);
    }
  }
  const paths = (target: CommandTarget, depth = 0): string[][] => {
    if (target.kind === 'path') return [[...target.path]];
    if (depth > 8) return [[...target.suffix]];
    const callers = (callsByFunction.get(target.fn) ?? []).filter((call) => call.index === target.index);
    if (callers.length === 0) return [[...target.suffix]];
    const seen = new Set<string>();
    const result: string[][] = [];
    for (const caller of callers) {
      for (const parent of paths(caller.target, depth + 1)) {
        const full = [...parent, ...target.suffix];
        const key = full.join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          result.push(full);
        }
      }
    }
    return result;
  };
  const commands = new Map<string, Set<string>>();
  for (const file of files) {
    for (const target of file.commands) {
      for (const full of paths(target))
        if (full.length > 0) commands.set(full.join(' '), commands.get(full.join(' ')) ?? new Set());
    }
  }
  for (const file of files) {
    for (const option of file.options) {
      for (const full of paths(option.target)) {
        const flags = commands.get(full.join(' '));
        if (flags) for (const flag of option.flags) flags.add(flag);
      }
    }
  }
  return Object.fromEntries(
    [...commands].sort(([a], [b]) => a.localeCompare(b)).map(([name, flags]) => [name, [...flags].sort()]),
  );
}
