/*
 * Reads one JavaScript file of an OpenClaw release with a real parser (acorn), never with regular
 * expressions over source: string literals, templates (with their placeholders kept), commander
 * command registrations and their options, and the Control UI's locale tables. Chunk file names are
 * hashed and change every release, so nothing here depends on them: a string's module comes from
 * the bundler's `//#region <source path>` comments, or from the file's own path in older releases
 * that shipped one file per module.
 */
import { parse, type Node } from 'acorn';

export interface ScannedString {
  readonly text: string;
  readonly module: string;
}

/** Where a commander receiver points: a command path, or a parameter of a named function. */
export type CommandTarget =
  | { readonly kind: 'path'; readonly path: readonly string[] }
  | { readonly kind: 'param'; readonly fn: string; readonly index: number; readonly suffix: readonly string[] };

export interface ScannedFile {
  readonly strings: ScannedString[];
  /** Every `.command("name")`: its full target (parent + name). */
  readonly commands: CommandTarget[];
  readonly options: { readonly target: CommandTarget; readonly flags: readonly string[] }[];
  /** `fn(cmd)`: lets a parameter target resolve to the command its callers pass. */
  readonly calls: { readonly fn: string; readonly index: number; readonly target: CommandTarget }[];
  /** `{ "zh-CN": () => import("./zh-CN-abc.js") }`: locale code by imported file name. */
  readonly localeChunks: Map<string, string>;
  /** `login.failure.<kind>.<field>` texts found in object literals of this file. */
  readonly loginFailureTexts: Map<string, string>;
}

type AnyNode = Node & Record<string, unknown>;

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function children(node: AnyNode): AnyNode[] {
  const result: AnyNode[] = [];
  for (const key of Object.keys(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) result.push(item);
    } else if (isNode(value)) {
      result.push(value);
    }
  }
  return result;
}

function stringValue(node: AnyNode | undefined): string | null {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') {
    const expressions = node.expressions as AnyNode[];
    if (expressions.length > 0) return null;
    const quasis = node.quasis as { value: { cooked: string | null } }[];
    return quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/** A readable name for a template placeholder: `${connId}` → `{connId}`, `${a.b}` → `{b}`, else `{…}`. */
function placeholder(node: AnyNode): string {
  if (node.type === 'Identifier') return `{${String(node.name)}}`;
  if (node.type === 'MemberExpression' && isNode(node.property) && node.property.type === 'Identifier') {
    return `{${String(node.property.name)}}`;
  }
  if (node.type === 'CallExpression' && Array.isArray(node.arguments)) {
    const args = node.arguments as AnyNode[];
    if (args.length === 1 && args[0]) return placeholder(args[0]);
  }
  return '{…}';
}

function templateText(node: AnyNode): string {
  const quasis = node.quasis as { value: { cooked: string | null; raw: string } }[];
  const expressions = node.expressions as AnyNode[];
  let text = '';
  quasis.forEach((quasi, index) => {
    text += quasi.value.cooked ?? quasi.value.raw;
    const expression = expressions[index];
    if (expression) text += placeholder(expression);
  });
  return text;
}

/** `"a" + x + "b"` → `a{x}b`, when at least one piece is a string. */
function concatenationText(node: AnyNode): string | null {
  const pieces: AnyNode[] = [];
  const flatten = (part: AnyNode): void => {
    if (part.type === 'BinaryExpression' && part.operator === '+' && isNode(part.left) && isNode(part.right)) {
      flatten(part.left);
      flatten(part.right);
    } else {
      pieces.push(part);
    }
  };
  flatten(node);
  if (!pieces.some((piece) => stringValue(piece) !== null || piece.type === 'TemplateLiteral')) return null;
  return pieces
    .map((piece) => stringValue(piece) ?? (piece.type === 'TemplateLiteral' ? templateText(piece) : placeholder(piece)))
    .join('');
}

/** `-s, --show <value>` → `--show`, `-s`. */
export function flagsOf(spec: string): string[] {
  return spec
    .split(/[\s,|]+/)
    .filter((word) => /^--?[A-Za-z0-9][\w-]*$/.test(word))
    .sort((a, b) => b.length - a.length);
}

interface Scope {
  readonly parent: Scope | null;
  readonly fnName: string | null;
  readonly bindings: Map<string, { kind: 'param'; index: number } | { kind: 'init'; node: AnyNode }>;
}

const chainMethods = new Set([
  'description',
  'option',
  'requiredOption',
  'addOption',
  'argument',
  'arguments',
  'alias',
  'aliases',
  'addHelpText',
  'helpOption',
  'usage',
  'summary',
  'allowUnknownOption',
  'allowExcessArguments',
  'passThroughOptions',
  'enablePositionalOptions',
  'showHelpAfterError',
  'configureHelp',
  'hook',
  'exitOverride',
  'copyInheritedSettings',
]);

export function scanFile(source: string, fileModule: string): ScannedFile {
  const result: ScannedFile = {
    strings: [],
    commands: [],
    options: [],
    calls: [],
    localeChunks: new Map(),
    loginFailureTexts: new Map(),
  };
  const regions: { start: number; name: string | null }[] = [];
  let program: AnyNode;
  try {
    program = parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'module',
      allowHashBang: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      onComment: (_block, text, start) => {
        const match = /^#(end)?region\s*(.*)$/.exec(text.trim());
        if (match) regions.push({ start, name: match[1] ? null : (match[2] ?? '').trim() || null });
      },
    }) as unknown as AnyNode;
  } catch {
    return result;
  }
  const moduleAt = (offset: number): string => {
    let name: string | null = null;
    for (const region of regions) {
      if (region.start > offset) break;
      name = region.name;
    }
    return name ?? fileModule;
  };

  const lookup = (scope: Scope | null, name: string) => {
    for (let current = scope; current; current = current.parent) {
      const binding = current.bindings.get(name);
      if (binding) return { binding, scope: current };
    }
    return null;
  };

  const resolve = (node: AnyNode | undefined, scope: Scope | null, depth = 0): CommandTarget | null => {
    if (!node || depth > 40) return null;
    if (node.type === 'Identifier') {
      const found = lookup(scope, String(node.name));
      if (!found) return { kind: 'path', path: [] };
      if (found.binding.kind === 'param') {
        return found.scope.fnName
          ? { kind: 'param', fn: found.scope.fnName, index: found.binding.index, suffix: [] }
          : { kind: 'path', path: [] };
      }
      return resolve(found.binding.node, found.scope, depth + 1);
    }
    if (node.type === 'CallExpression') {
      const callee = node.callee as AnyNode;
      const args = node.arguments as AnyNode[];
      if (callee.type === 'MemberExpression' && isNode(callee.property) && callee.property.type === 'Identifier') {
        const method = String(callee.property.name);
        const object = callee.object as AnyNode;
        if (method === 'command') {
          const name = stringValue(args[0])?.trim().split(/\s+/)[0];
          const parent = resolve(object, scope, depth + 1);
          if (!name || !parent) return null;
          return parent.kind === 'path'
            ? { kind: 'path', path: [...parent.path, name] }
            : { ...parent, suffix: [...parent.suffix, name] };
        }
        if (chainMethods.has(method) || method === 'action') return resolve(object, scope, depth + 1);
        return null;
      }
      if (callee.type === 'Identifier' && args[0]) return resolve(args[0], scope, depth + 1);
    }
    return null;
  };

  const visit = (node: AnyNode, scope: Scope, objectPath: readonly string[]): void => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
        return;
      case 'Literal':
        if (typeof node.value === 'string') result.strings.push({ text: node.value, module: moduleAt(node.start) });
        return;
      case 'TemplateLiteral':
        result.strings.push({ text: templateText(node), module: moduleAt(node.start) });
        break;
      case 'BinaryExpression': {
        if (node.operator === '+') {
          const text = concatenationText(node);
          if (text !== null) result.strings.push({ text, module: moduleAt(node.start) });
        }
        break;
      }
      case 'ObjectExpression':
        for (const property of node.properties as AnyNode[]) visit(property, scope, objectPath);
        return;
      case 'Property': {
        const key = node.key as AnyNode;
        const keyName = key.type === 'Identifier' ? String(key.name) : stringValue(key);
        const value = node.value as AnyNode;
        if (keyName !== null) {
          const importSource = findImportSource(value);
          if (importSource && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(keyName)) {
            result.localeChunks.set(importSource.replace(/^.*\//, ''), keyName);
          }
          const nextPath = [...objectPath, keyName];
          const text = stringValue(value);
          const failureAt = nextPath.indexOf('failure');
          if (text !== null && failureAt > 0 && nextPath[failureAt - 1] === 'login') {
            result.loginFailureTexts.set(nextPath.slice(failureAt + 1).join('.'), text);
          }
          if (key.type !== 'Identifier' && !node.computed) {
            // A string key ("gateway.auth.token": …) is a string of the release too.
            const keyText = stringValue(key);
            if (keyText !== null) result.strings.push({ text: keyText, module: moduleAt(key.start) });
          }
          if (node.computed) visit(key, scope, objectPath);
          visit(value, scope, value.type === 'ObjectExpression' ? nextPath : []);
          return;
        }
        break;
      }
      case 'CallExpression': {
        const callee = node.callee as AnyNode;
        const args = node.arguments as AnyNode[];
        if (callee.type === 'MemberExpression' && isNode(callee.property) && callee.property.type === 'Identifier') {
          const method = String(callee.property.name);
          if (method === 'command' && stringValue(args[0]) !== null) {
            const target = resolve(node, scope);
            if (target) result.commands.push(target);
          }
          if ((method === 'option' || method === 'requiredOption') && stringValue(args[0]) !== null) {
            const target = resolve(callee.object as AnyNode, scope);
            if (target) result.options.push({ target, flags: flagsOf(stringValue(args[0]) ?? '') });
          }
          if (method === 'addOption' && args[0]?.type === 'NewExpression') {
            const spec = stringValue((args[0].arguments as AnyNode[])[0]);
            const target = resolve(callee.object as AnyNode, scope);
            if (spec !== null && target) result.options.push({ target, flags: flagsOf(spec) });
          }
        }
        // `registerQrCli(program)`, and `(await import("./qr-cli.mjs")).registerQrCli(program)` for
        // lazily loaded commands: both pass a command to a named function.
        const calledName =
          callee.type === 'Identifier'
            ? String(callee.name)
            : callee.type === 'MemberExpression' &&
                isNode(callee.property) &&
                callee.property.type === 'Identifier' &&
                !chainMethods.has(String(callee.property.name)) &&
                String(callee.property.name) !== 'command'
              ? String(callee.property.name)
              : null;
        if (calledName !== null) {
          args.forEach((arg, index) => {
            if (arg.type === 'SpreadElement') return;
            const target = resolve(arg, scope);
            if (target && !(target.kind === 'path' && target.path.length === 0 && arg.type !== 'Identifier')) {
              result.calls.push({ fn: calledName, index, target });
            }
          });
        }
        break;
      }
      case 'VariableDeclarator': {
        const id = node.id as AnyNode;
        const init = node.init as AnyNode | null;
        if (id.type === 'Identifier' && init) {
          if (isFunction(init)) {
            visitFunction(init, scope, String(id.name));
            return;
          }
          scope.bindings.set(String(id.name), { kind: 'init', node: init });
        }
        if (init) visit(init, scope, []);
        return;
      }
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const id = node.id as AnyNode | null;
        visitFunction(node, scope, id?.type === 'Identifier' ? String(id.name) : null);
        return;
      }
      default:
        break;
    }
    for (const child of children(node)) visit(child, scope, []);
  };

  const visitFunction = (node: AnyNode, scope: Scope, name: string | null): void => {
    const inner: Scope = { parent: scope, fnName: name, bindings: new Map() };
    (node.params as AnyNode[]).forEach((param, index) => {
      const target = param.type === 'AssignmentPattern' ? (param.left as AnyNode) : param;
      if (target.type === 'Identifier') inner.bindings.set(String(target.name), { kind: 'param', index });
    });
    visit(node.body as AnyNode, inner, []);
  };

  visit(program, { parent: null, fnName: null, bindings: new Map() }, []);
  return result;
}

function isFunction(node: AnyNode): boolean {
  return node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

function findImportSource(node: AnyNode, depth = 0): string | null {
  if (depth > 6) return null;
  if (node.type === 'ImportExpression') return stringValue(node.source as AnyNode);
  for (const child of children(node)) {
    const found = findImportSource(child, depth + 1);
    if (found) return found;
  }
  return null;
}
