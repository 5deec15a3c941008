// Bundles the extension, the CLI and the preview's webview script.
// Type checking is a separate step (`npm run typecheck`), as in the VS Code samples.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Node bundles: the extension host entry and the `copydesk` CLI share the same core. */
const nodeEntries = [
  { in: 'src/extension.ts', out: 'extension' },
  { in: 'src/cli/main.ts', out: 'cli' },
  { in: 'src/cli/eval.ts', out: 'eval' },
  { in: 'src/cli/evalSpelling.ts', out: 'evalSpelling' },
  // The spelling worker: cspell-lib and its dictionaries load here, off the extension host's thread.
  { in: 'src/vscode/spelling/worker.ts', out: 'spellWorker' },
  // Check All Articles' worker: a second name engine, so a run over the workspace uses both cores.
  { in: 'src/vscode/names/checkAllWorker.ts', out: 'checkAllWorker' },
];

/**
 * The bundles that share one copy of the pure core, dist/engine.js: the extension host and Check
 * All's worker each load it, so the .vsix carries the name engine (and markdown-it, yaml) once, not
 * twice (≈ 180 KB less). The CLI and the evaluation scripts stay whole: they run from dist/ alone.
 */
const ENGINE_USERS = new Set(['extension', 'checkAllWorker']);

/** Every module of src/core, as "core/entities/nameChecker" (a folder's index as ".../index"). */
function coreModules(fs, path) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const at = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(at);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path.relative(path.join(__dirname, 'src'), at).split(path.sep).join('/').replace(/\.ts$/, ''));
    }
  };
  walk(path.join(__dirname, 'src', 'core'));
  return out;
}

/** dist/engine.js's entry: every core module's namespace under its id. */
function engineEntry(modules) {
  const lines = modules.map((m, i) => `import * as m${i} from './src/${m}';`);
  lines.push(`export const modules = {\n${modules.map((m, i) => `  ${JSON.stringify(m)}: m${i},`).join('\n')}\n};`);
  return lines.join('\n');
}

/**
 * In the bundles of ENGINE_USERS, an import of a core module from outside the core becomes that
 * module's namespace in dist/engine.js (loaded at run time beside the bundle), so its code is not
 * bundled again.
 */
function sharedEngine(fs, path) {
  const src = path.join(__dirname, 'src');
  const resolveTs = (p) => [`${p}.ts`, path.join(p, 'index.ts')].find((f) => fs.existsSync(f));
  return {
    name: 'shared-engine',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/.*core\b/ }, (args) => {
        if (args.namespace !== 'file' || args.importer.startsWith(path.join(src, 'core') + path.sep)) return undefined;
        const file = resolveTs(path.resolve(args.resolveDir, args.path));
        if (!file) return undefined;
        const id = path.relative(src, file).split(path.sep).join('/').replace(/\.ts$/, '');
        return id.startsWith('core/') ? { path: id, namespace: 'engine-module' } : undefined;
      });
      build.onResolve({ filter: /^\.\/engine\.js$/, namespace: 'engine-module' }, () => ({ path: './engine.js', external: true }));
      build.onLoad({ filter: /.*/, namespace: 'engine-module' }, (args) => ({
        contents: `module.exports = require('./engine.js').modules[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/** Browser bundle: the script that runs inside the preview webview. */
const webviewEntries = [{ in: 'src/webview/preview.ts', out: 'preview' }];

const logResult = {
  name: 'log-result',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of [...result.errors, ...result.warnings]) {
        console.error(`✘ ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}`);
      }
      if (watch) console.log(`[watch] build finished (${result.errors.length} errors)`);
    });
  },
};

/**
 * The cspell dictionaries the spelling check uses (see src/node/spelling/cspellEngine.ts),
 * copied beside the bundles: the packaged extension has no node_modules of its own
 * (vsce --no-dependencies), and cspell-lib resolves them from the bundle's folder.
 * cspell-bundled-dicts (40 KB) is only located, never loaded: cspell-lib looks for its default
 * configuration at start, and a failed lookup costs seconds (a global npm search).
 */
const SHIPPED_DICTIONARIES = ['dict-en_us', 'dict-en-gb-mit', 'dict-en-common-misspellings', 'dict-companies', 'dict-software-terms', 'cspell-bundled-dicts'];

function copyDictionaries(fs, path) {
  // A dictionary dropped from the list must not linger in dist (the .vsix takes all of dist/node_modules/@cspell).
  fs.rmSync(path.join(__dirname, 'dist', 'node_modules', '@cspell'), { recursive: true, force: true });
  for (const name of SHIPPED_DICTIONARIES) {
    const from = path.join(__dirname, 'node_modules', '@cspell', name);
    const to = path.join(__dirname, 'dist', 'node_modules', '@cspell', name);
    fs.rmSync(to, { recursive: true, force: true });
    fs.cpSync(from, to, { recursive: true, filter: (src) => !/\.(map|ts|md)$/i.test(src) || /LICENSE/i.test(src) });
    // The dictionaries written as indented JSON (en-common-misspellings' 2.6 MB) ship without
    // their indentation: the same data, about 10 KB less in the .vsix.
    const dict = path.join(to, 'dict');
    for (const file of fs.existsSync(dict) ? fs.readdirSync(dict) : []) {
      if (!file.endsWith('.json')) continue;
      const at = path.join(dict, file);
      fs.writeFileSync(at, JSON.stringify(JSON.parse(fs.readFileSync(at, 'utf8'))));
    }
    packLargeConfigs(fs, path, to);
  }
}

/**
 * The dictionaries' JSON configs of 1 MB or more (en-common-misspellings' dict-en.json, 2.2 MB)
 * ship Brotli-packed (≈ 150 KB less in the .vsix than zip's deflate makes of them), read back by a
 * small CommonJS config in their place that cspell-lib imports instead: the same settings, never
 * unpacked to disk. The package's cspell-ext.json imports the loader.
 */
function packLargeConfigs(fs, path, to) {
  const zlib = require('zlib');
  const dict = path.join(to, 'dict');
  const ext = path.join(to, 'cspell-ext.json');
  if (!fs.existsSync(dict) || !fs.existsSync(ext)) return;
  let manifest = fs.readFileSync(ext, 'utf8');
  for (const file of fs.readdirSync(dict)) {
    const at = path.join(dict, file);
    if (!file.endsWith('.json') || fs.statSync(at).size < 1_000_000 || !manifest.includes(`./dict/${file}`)) continue;
    const base = file.slice(0, -'.json'.length);
    const packed = zlib.brotliCompressSync(fs.readFileSync(at), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: fs.statSync(at).size } });
    fs.writeFileSync(path.join(dict, `${base}.json.br`), packed);
    fs.writeFileSync(
      path.join(dict, `${base}.cjs`),
      `// ${file}, Brotli-packed by Copydesk's esbuild.js: the same cspell settings, read back here.\n` +
        `module.exports = JSON.parse(require('zlib').brotliDecompressSync(require('fs').readFileSync(require('path').join(__dirname, ${JSON.stringify(`${base}.json.br`)}))).toString('utf8'));\n`,
    );
    fs.rmSync(at);
    manifest = manifest.split(`./dict/${file}`).join(`./dict/${base}.cjs`);
  }
  fs.writeFileSync(ext, manifest);
}

async function main() {
  const fs = require('fs');
  copyDictionaries(fs, require('path'));
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'silent',
    plugins: [logResult],
  };
  const node = {
    ...common,
    outdir: 'dist',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // NOTE: `vscode` is provided by the extension host. cspell-lib (ESM-only) is
    // bundled to CommonJS; it finds its dictionaries on disk at run time, so the
    // @cspell/dict-* packages ship beside the bundle (see .vscodeignore).
    external: ['vscode', '@cspell/dict-*', '@cspell/cspell-bundled-dicts'],
    // cspell-lib locates its own files from import.meta.url, which CommonJS lacks.
    banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__import_meta_url' },
    // jsonc-parser's "main" is a UMD build whose dynamic requires esbuild cannot follow; its ESM build bundles cleanly.
    mainFields: ['module', 'main'],
  };
  const entries = nodeEntries.filter((e) => fs.existsSync(e.in));
  const contexts = [
    await esbuild.context({ ...node, entryPoints: entries.filter((e) => !ENGINE_USERS.has(e.out)) }),
    await esbuild.context({ ...node, entryPoints: entries.filter((e) => ENGINE_USERS.has(e.out)), plugins: [...common.plugins, sharedEngine(fs, require('path'))] }),
    await esbuild.context({
      ...node,
      stdin: { contents: engineEntry(coreModules(fs, require('path'))), resolveDir: __dirname, sourcefile: 'engine.ts', loader: 'ts' },
      outdir: undefined,
      outfile: 'dist/engine.js',
    }),
    await esbuild.context({
      ...common,
      entryPoints: webviewEntries.filter((e) => fs.existsSync(e.in)),
      outdir: 'media/dist',
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
    }),
  ];
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
  } else {
    await Promise.all(contexts.map((c) => c.rebuild()));
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
