// The FHIR Bundle of every persona, read by real validators:
// PyPI `fhir.resources` (R4B models, in the venv `cargo xtask test` makes,
// path in KC_FHIR_PYTHON), npm `fhir` (FHIR.js, R4) and the project's own
// conformance check. Every persona's Bundle from `assess --fhir` is accepted
// by all three; each broken copy in broken.json is refused by exactly the
// checkers it names, and by at least one.
//
// Run by `cargo xtask test` (xtask/src/fhir_check.rs). By hand:
//   KC_FHIR_PYTHON=target/fhir-venv/bin/python KC_ASSESS=target/debug/examples/assess \
//     node --test tests/fhir/

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { conformance } from './conformance.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'target', 'fhir');
const { Fhir } = createRequire(import.meta.url)('fhir');
const fhirJs = new Fhir();

const personas = JSON.parse(readFileSync(join(root, 'tests', 'personas.json'), 'utf8'));
const broken = JSON.parse(readFileSync(join(here, 'broken.json'), 'utf8'));

/** `assess --fhir` for these answers: the built binary, else cargo. */
function bundleOf(answers) {
  const input = JSON.stringify(answers);
  const bin = process.env.KC_ASSESS;
  const [cmd, args] = bin
    ? [bin, ['--fhir']]
    : ['cargo', ['run', '--locked', '--quiet', '--example', 'assess', '--', '--fhir']];
  return JSON.parse(execFileSync(cmd, args, { cwd: root, input, encoding: 'utf8' }));
}

/** fhir.resources' verdict on each file, one Python run for all of them. */
function r4b(files) {
  const python = process.env.KC_FHIR_PYTHON;
  assert.ok(python, 'KC_FHIR_PYTHON names the venv python with fhir.resources (cargo xtask test sets it)');
  const lines = execFileSync(python, [join(here, 'r4b.py'), ...files], { encoding: 'utf8' }).trim().split('\n');
  return new Map(lines.map((l) => JSON.parse(l)).map((r) => [r.file, r]));
}

/** Which checkers refuse `bundle`, with why. */
function verdicts(bundle, file, python) {
  const js = fhirJs.validate(bundle);
  const own = conformance(bundle);
  const py = python.get(file);
  assert.ok(py, `fhir.resources read ${file}`);
  return {
    'fhir.resources': py.ok ? null : py.error,
    'fhir.js': js.valid ? null : js.messages.filter((m) => m.severity === 'error' || m.severity === 'fatal'),
    conformance: own.length === 0 ? null : own,
  };
}

const refusers = (v) => Object.keys(v).filter((k) => v[k] !== null).sort();

/** Sets `value` at `path` (a step {linkId} finds an item) in a copy's resource. */
function breakCopy(bundle, c) {
  const copy = structuredClone(bundle);
  let at = copy.entry.find((e) => e.resource.resourceType === c.resource)?.resource;
  assert.ok(at, `${c.name}: the Bundle has a ${c.resource}`);
  const steps = c.path;
  for (const [i, step] of steps.entries()) {
    const key = typeof step === 'object' ? at.findIndex((item) => item.linkId === step.linkId) : step;
    assert.ok(key !== -1, `${c.name}: no item ${JSON.stringify(step)}`);
    if (i === steps.length - 1) {
      if (c.delete) delete at[key];
      else at[key] = c.value;
    } else {
      at = at[key];
      assert.ok(at !== undefined, `${c.name}: nothing at step ${i}`);
    }
  }
  return copy;
}

const results = new Map();

before(() => {
  mkdirSync(join(out, 'personas'), { recursive: true });
  mkdirSync(join(out, 'broken'), { recursive: true });
  const files = [];
  const bundles = new Map();
  for (const p of personas) {
    const b = bundleOf(p.answers);
    const file = join(out, 'personas', `${p.name}.json`);
    writeFileSync(file, JSON.stringify(b, null, 2));
    bundles.set(p.name, b);
    files.push([`persona ${p.name}`, file, b]);
  }
  const base = bundles.get(broken.persona);
  assert.ok(base, `broken.json's persona ${broken.persona} is in tests/personas.json`);
  for (const [i, c] of broken.cases.entries()) {
    const b = breakCopy(base, c);
    const file = join(out, 'broken', `${i}.json`);
    writeFileSync(file, JSON.stringify(b, null, 2));
    files.push([`broken ${c.name}`, file, b]);
  }
  const python = r4b(files.map(([, f]) => f));
  for (const [name, file, b] of files) results.set(name, verdicts(b, file, python));
});

for (const p of personas) {
  test(`${p.name}: the Bundle is accepted by fhir.resources (R4B), FHIR.js (R4) and the conformance check`, () => {
    const v = results.get(`persona ${p.name}`);
    assert.deepEqual(refusers(v), [], JSON.stringify(v, null, 2));
  });
}

for (const c of broken.cases) {
  const expected = [...c.refused_by].sort();
  test(`broken: ${c.name} — refused by ${expected.join(' and ')}`, () => {
    const v = results.get(`broken ${c.name}`);
    assert.deepEqual(refusers(v), expected, JSON.stringify(v, null, 2));
  });
}

test('every broken case is refused by at least one checker, the three the issue names included', () => {
  for (const c of broken.cases) {
    assert.ok(refusers(results.get(`broken ${c.name}`)).length > 0, c.name);
  }
  for (const name of ['wrong status', 'unknown linkId', 'impossible date']) {
    assert.ok(broken.cases.some((c) => c.name === name), `broken.json has "${name}"`);
  }
});
