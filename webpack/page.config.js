// The offline page: one self-contained dist/quota-check.html that works from file:// (issue 6). Two entries are
// built: the page, inlined as its script, and the Web Worker that does the work, inlined as a data block that the
// page turns into a blob: URL (from file:// a worker can come from nowhere else). The bundled sample is inlined too.
'use strict';
const crypto = require('node:crypto');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const HtmlInlineScriptPlugin = require('html-inline-script-webpack-plugin');
// webpack's own minimizer, resolved from webpack so that its version always matches.
const MinimizerPlugin = require(
  require.resolve('minimizer-webpack-plugin', { paths: [require.resolve('webpack')] }),
);

const ROOT = path.resolve(__dirname, '..');
const WORKER_ASSET = 'quota-check-worker.js';
/** The oldest browsers the page supports (issue 6): 360 and 奇安信 in speed mode, UOS and Kylin; Firefox ESR. */
const BROWSERS = ['chrome80', 'firefox128'];

/**
 * The Content Security Policy of the page, one directive a line with its reason. A blob: worker inherits it, so it
 * binds the worker too. Script hashes are added at build time, for the inline scripts only.
 */
const CSP = [
  // Nothing may load unless a directive below allows it.
  "default-src 'none'",
  // No request leaves the computer: no fetch, XHR, WebSocket or beacon (issue 6: nothing leaves the computer).
  "connect-src 'none'",
  // From file:// a worker can only be started from a blob: URL made from the inlined worker source.
  'worker-src blob:',
  // Fluent UI (Griffel) inserts its CSS rules in <style> elements at run time.
  "style-src 'unsafe-inline'",
  // Fluent's icons are inline SVG; a data: or blob: image is the most a component may use. No external images.
  'img-src data: blob:',
  // Chinese text uses the system's fonts; no web font is loaded from anywhere.
  "font-src 'none'",
  // No <form> posts anywhere and no <base> can redirect relative URLs.
  "form-action 'none'",
  "base-uri 'none'",
];

/** sha256 sources of every executable inline script: the IE guard and the page bundle. No 'unsafe-eval'. */
function scriptSources(html) {
  const hashes = [];
  for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/giu)) {
    if (/\btype=/iu.test(attributes)) continue; // a data block (the worker source) is never executed
    hashes.push(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return `script-src ${hashes.join(' ')}`;
}

/**
 * Escapes text for the inside of a <script> element. `</script` would end it and `<!--` would change how the
 * parser reads the rest; in the minified worker they occur only inside string and regex literals, where `\x3C` is `<`.
 */
const scriptData = (source) => source.replace(/<(?=\/script|!--)/giu, '\\x3C');

/** Puts the worker bundle into the page as `<script type="text/plain" id="quota-check-worker">`, then the CSP. */
class InlineWorkerAndCsp {
  apply(compiler) {
    compiler.hooks.compilation.tap('InlineWorkerAndCsp', (compilation) => {
      const hooks = HtmlWebpackPlugin.getHooks(compilation);
      hooks.alterAssetTagGroups.tap('InlineWorkerAndCsp', (data) => {
        const worker = compilation.assets[WORKER_ASSET];
        if (!worker) throw new Error(`${WORKER_ASSET} was not built`);
        data.headTags.push({
          tagName: 'script',
          voidTag: false,
          attributes: { type: 'text/plain', id: 'quota-check-worker' },
          innerHTML: scriptData(worker.source().toString()),
          meta: { plugin: 'InlineWorkerAndCsp' },
        });
        return data;
      });
      hooks.beforeEmit.tap('InlineWorkerAndCsp', (data) => {
        const policy = [...CSP, scriptSources(data.html)].join('; ');
        data.html = data.html.replace('%CONTENT_SECURITY_POLICY%', policy);
        return data;
      });
      compilation.hooks.processAssets.tap(
        { name: 'InlineWorkerAndCsp', stage: compilation.constructor.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => compilation.deleteAsset(WORKER_ASSET),
      );
    });
  }
}

module.exports = (_env, argv = {}) => ({
  name: 'page',
  mode: argv.mode ?? 'production',
  context: ROOT,
  // Chromium 80 and Firefox ESR: webpack's own runtime code stays within ES2019 syntax, as does ts-loader's output.
  target: ['web', 'es2019'],
  entry: {
    'quota-check': './src/web/index.tsx',
    [WORKER_ASSET.replace(/\.js$/u, '')]: './src/web/worker/worker.ts',
  },
  output: { path: path.join(ROOT, 'dist'), filename: '[name].js', publicPath: '', clean: false },
  devtool: false,
  optimization: {
    // esbuild minifies and lowers every module's syntax, dependencies' included (Tabster writes `??=`), to what
    // Chromium 80 and Firefox ESR parse. Licence comments stay in the bundle: the page is one file.
    minimizer: [
      new MinimizerPlugin({ minify: MinimizerPlugin.esbuildMinify, minimizerOptions: { target: BROWSERS } }),
    ],
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js'],
    // ExcelJS's browser build carries its own polyfills and no Node built-ins.
    alias: { exceljs$: 'exceljs/dist/exceljs.min.js' },
  },
  module: {
    // A prebuilt UMD bundle: nothing in it for webpack to resolve.
    noParse: /exceljs\.min\.js$/u,
    rules: [
      {
        test: /\.tsx?$/u,
        loader: 'ts-loader',
        options: {
          // tsc checks the types (npm run typecheck); here TypeScript only transpiles, for Chromium 80.
          transpileOnly: true,
          compilerOptions: {
            target: 'ES2019',
            module: 'ES2020',
            moduleResolution: 'bundler',
            sourceMap: false,
          },
        },
      },
      // The 试用示例 workbook, embedded as a data: URL.
      { test: /\.xlsx$/u, type: 'asset/inline' },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      filename: 'quota-check.html',
      template: './src/web/page.html',
      chunks: ['quota-check'],
      inject: 'body',
      scriptLoading: 'blocking',
      minify: false,
    }),
    new HtmlInlineScriptPlugin(),
    new InlineWorkerAndCsp(),
  ],
  performance: { hints: false },
  stats: 'errors-warnings',
});
