// Reads `govulncheck -format json` output on stdin. Vulnerabilities reachable from morbot's code
// (a finding whose trace reaches a function) in a module fail the run; standard-library ones are
// reported only (they are fixed by a newer Go release, not by this repository).
'use strict';
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', () => {
  const objs = [];
  let depth = 0, start = -1, inStr = false, esc = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (inStr) { if (esc) esc = false; else if (c === '\\') esc = true; else if (c === '"') inStr = false; continue; }
    if (c === '"') inStr = true;
    else if (c === '{') { if (depth++ === 0) start = i; }
    else if (c === '}') { if (--depth === 0) objs.push(JSON.parse(input.slice(start, i + 1))); }
  }
  const called = new Map(); // osv id -> module
  for (const o of objs) {
    const f = o.finding;
    if (!f || !f.trace || !f.trace.length || !f.trace[0].function) continue;
    called.set(f.osv, f.trace[0].module);
  }
  let failed = false;
  for (const [id, mod] of [...called].sort()) {
    const std = mod === 'stdlib' || mod === 'toolchain';
    console.log(`${std ? 'reported' : 'FAILS'}: ${id} in ${mod} is reachable from morbot`);
    if (!std) failed = true;
  }
  if (!called.size) console.log('govulncheck: no reachable vulnerabilities');
  process.exit(failed ? 1 : 0);
});
