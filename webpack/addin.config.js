// webpack 5: the Excel add-in, emitted into dist/addin/ only (dist/cli, dist/core… belong to the CLI's tsc build).
//
//   --env origin=https://intranet.example.gov.cn/quota-check   rewrites https://localhost:3000 in the manifest copy
//   --env officejs=local                                       serves office.js from beside the pane, not the CDN
//
// Entries: the pane (taskpane.html + taskpane.js) and the check worker (check-worker.js, created by the pane by
// that name). commands.html and help.html are static pages; the icons and the manifest are copied.
'use strict';
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'dist', 'addin');
const PANE = join(ROOT, 'src', 'taskpane');
const DEV_ORIGIN = 'https://localhost:3000';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where the local office.js option puts @microsoft/office-js/dist, relative to the pane. */
const LOCAL_OFFICE_DIR = 'office-js';

/** The production origin without a trailing slash; it must be https, as Office loads add-ins only over https. */
function originOf(env) {
  const origin = (env.origin ?? DEV_ORIGIN).replace(/\/+$/u, '');
  if (!/^https:\/\/[^\s"<>]+$/u.test(origin))
    throw new Error(
      `--env origin 必须是 https 地址，例如 https://intranet.example.gov.cn/quota-check（收到：${origin}）`,
    );
  return origin;
}

/** The manifest with every development URL moved to the production origin. */
function manifestFor(origin) {
  return (content) => content.toString('utf8').replaceAll(DEV_ORIGIN, origin);
}

/**
 * The dev server's https options: the certificates office-addin-dev-certs made (webpack/dev-certs.js, run first by
 * npm start), read from where it keeps them, so that serving does not try to install them a second time.
 */
function devServerHttps() {
  const fs = require('node:fs');
  const {
    caCertificatePath,
    localhostCertificatePath,
    localhostKeyPath,
  } = require('office-addin-dev-certs/lib/defaults');
  return {
    ca: fs.readFileSync(caCertificatePath),
    cert: fs.readFileSync(localhostCertificatePath),
    key: fs.readFileSync(localhostKeyPath),
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const origin = originOf(env);
  const local = env.officejs === 'local';
  const officeJs = local ? `${LOCAL_OFFICE_DIR}/office.js` : CDN_OFFICE_JS;
  const page = (name, chunks, parameters = {}) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: join(PANE, `${name}.html`),
      chunks,
      templateParameters: { officeJs, ...parameters },
      minify: false,
    });
  return {
    name: 'addin',
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    target: ['web', 'es2020'],
    entry: {
      taskpane: join(PANE, 'index.tsx'),
      'check-worker': join(PANE, 'check-worker.ts'),
    },
    output: {
      path: OUT,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // node16 resolution makes the pane's dynamic import name `read-table-file.js`; it is the .ts file.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // ExcelJS's browser build, loaded only when the officer picks an .xlsx list (src/xlsx/read-table-file).
      alias: { exceljs$: 'exceljs/dist/exceljs.min.js' },
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/u,
          exclude: /node_modules/u,
          loader: 'ts-loader',
          options: {
            configFile: join(ROOT, 'tsconfig.json'),
            onlyCompileBundledFiles: true,
            // ES modules for webpack, so that the dynamic import becomes a chunk of its own.
            compilerOptions: {
              module: 'es2020',
              moduleResolution: 'bundler',
              target: 'es2020',
              sourceMap: !production,
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      page('taskpane', ['taskpane'], { guard: readFileSync(join(PANE, 'es5-guard.js'), 'utf8') }),
      page('commands', []),
      page('help', []),
      new CopyWebpackPlugin({
        patterns: [
          { from: join(ROOT, 'assets', 'icon-*.png'), to: 'assets/[name][ext]' },
          { from: join(ROOT, 'manifest.xml'), to: 'manifest.xml', transform: manifestFor(origin) },
          ...(local
            ? [
                {
                  from: join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist'),
                  to: LOCAL_OFFICE_DIR,
                  globOptions: { ignore: ['**/*.d.ts', '**/office-vsdoc.js'] },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // The offline page, built by `npm run build:page` before serving, is served beside the pane as it is.
      static: { directory: join(ROOT, 'dist'), publicPath: '/', serveIndex: false, watch: false },
      devMiddleware: { writeToDisk: false },
      server: env.WEBPACK_SERVE ? { type: 'https', options: devServerHttps() } : 'http',
    },
  };
};
