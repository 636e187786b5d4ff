// webpack 5: the Excel add-in (dist/addin/: taskpane.html, commands.html, help.html) and the offline page
// (dist/quota-check.html, one file). Each has its own config under webpack/; `npm run build:web` builds both.
'use strict';
const addin = require('./webpack/addin.config');
const page = require('./webpack/page.config');

module.exports = async (env = {}, argv = {}) => [await addin(env, argv), await page(env, argv)].flat();
