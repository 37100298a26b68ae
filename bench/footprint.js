// Footprint: installed size and package count of a production install of our package vs the
// official SDK, and the min+gzip browser bundle size of ./jsapi and ./validators (esbuild).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function dirSize(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) total += dirSize(p);
    else if (entry.isFile()) total += fs.statSync(p).size;
  }
  return total;
}

function install(spec) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-footprint-'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'footprint', private: true }));
  execFileSync('npm', ['install', spec, '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: dir, stdio: 'pipe' });
  const packages = execFileSync('npm', ['ls', '--all', '--omit=dev', '--parseable'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').length - 1;
  const bytes = dirSize(path.join(dir, 'node_modules'));
  fs.rmSync(dir, { recursive: true, force: true });
  return { packages, bytes };
}

export async function footprintBench() {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', os.tmpdir()], { cwd: root, encoding: 'utf8' }))[0];
  const sdkVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@larksuiteoapi/node-sdk/package.json'), 'utf8')).version;
  const installs = {
    'feishu-chat-contract': install(path.join(os.tmpdir(), packed.filename)),
    [`@larksuiteoapi/node-sdk@${sdkVersion}`]: install(`@larksuiteoapi/node-sdk@${sdkVersion}`),
  };
  const bundles = {};
  for (const entry of ['jsapi', 'validators']) {
    const out = await esbuild.build({ entryPoints: [path.join(root, `dist/${entry}/index.js`)], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error' });
    const code = out.outputFiles[0].contents;
    bundles[`./${entry}`] = { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  }
  return { installs, bundles, tarballBytes: packed.size };
}
