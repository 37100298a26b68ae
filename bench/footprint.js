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
    // As an app's bundler would build it: split, so that what the entry loads with import() (the
    // card rules of ./jsapi) is a chunk of its own. Counted: what loads at import (the entry and its
    // static imports, each file gzipped as a browser fetches it), and the lazy rest beside it.
    const out = await esbuild.build({ entryPoints: { entry: path.join(root, `dist/${entry}/index.js`) }, bundle: true, splitting: true, outdir: path.join(os.tmpdir(), 'fcc-footprint-out'), minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'error' });
    const files = new Map(out.outputFiles.map((f) => [path.relative(process.cwd(), f.path), f.contents]));
    const eager = new Set();
    const visit = (file) => {
      if (eager.has(file)) return;
      eager.add(file);
      for (const i of out.metafile.outputs[file].imports) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(Object.keys(out.metafile.outputs).find((f) => out.metafile.outputs[f].entryPoint));
    const size = (names) => names.reduce((sum, f) => ({ minBytes: sum.minBytes + files.get(f).length, gzipBytes: sum.gzipBytes + gzipSync(files.get(f), { level: 9 }).length }), { minBytes: 0, gzipBytes: 0 });
    const lazy = [...files.keys()].filter((f) => !eager.has(f) && f.endsWith('.js'));
    bundles[`./${entry}`] = { ...size([...eager]), lazy: lazy.length ? size(lazy) : undefined };
  }
  return { installs, bundles, tarballBytes: packed.size };
}
