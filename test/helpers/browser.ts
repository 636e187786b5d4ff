import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { ROOT } from './spawn-cli';

/** Debian's Chromium: the browser tests never download one (.ci/run installs it with apt-get). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where browser tests keep their screenshots, for a person to look at after the run. */
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** Launches headless Chromium; extra arguments such as `--proxy-server=…` go through `options.args`. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    ...options,
    // Containers often run as root, where Chromium's sandbox can't start.
    args: ['--no-sandbox', '--disable-dev-shm-usage', ...(options.args ?? [])],
  });
}

/** The path of a test artefact (a screenshot, say) under test-artifacts/. */
export const artifact = (name: string): string => join(ARTIFACTS, name);
