// jsdom for the pane's tests, with the encoders that browsers and webviews have and jsdom lacks (the Office.js
// adapter measures request sizes with TextEncoder). Use with `/** @jest-environment ./test/helpers/jsdom-environment.js */`.
'use strict';
const { TextDecoder, TextEncoder } = require('node:util');
const { TestEnvironment } = require('jest-environment-jsdom');

module.exports = class PaneEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.TextEncoder = TextEncoder;
    this.global.TextDecoder = TextDecoder;
  }
};
