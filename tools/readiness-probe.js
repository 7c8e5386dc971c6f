// Start-up probe: starts each command in turn, round after round, and times from the spawn to the first
// ListStreams answered 200, polling every 2 ms from this one process (the bench's readiness.sh spawns a curl per
// poll, whose own start puts ~40-100 ms between polls on a busy 2-core machine). Loopback only; bounded rounds.
//
//   node tools/readiness-probe.js ROUNDS NAME='COMMAND with {port}' [NAME='...' ...]
//   node tools/readiness-probe.js 11 \
//     harness='java -XX:SharedArchiveFile=harness-core/target/kinesis-harness.jsa -jar harness-core/target/kinesis-harness.jar --port {port}' \
//     kinesalite='node_modules/.bin/kinesalite --port {port}'
//
// Prints each name's median and every time, sorted, then the machine's CPU pressure.
'use strict';
const { spawn } = require('child_process');
const http = require('http');
const fs = require('fs');

const rounds = Number(process.argv[2]);
const specs = process.argv.slice(3).map((s) => [s.slice(0, s.indexOf('=')), s.slice(s.indexOf('=') + 1)]);
if (!(rounds > 0 && rounds <= 100) || specs.length === 0 || specs.some(([n, c]) => !n || !c.includes('{port}'))) {
  console.error('usage: node readiness-probe.js ROUNDS(1-100) NAME=COMMAND-with-{port} ...');
  process.exit(2);
}
const HEADERS = {
  'Content-Type': 'application/x-amz-json-1.1',
  'X-Amz-Target': 'Kinesis_20131202.ListStreams',
  'X-Amz-Date': '20261206T000000Z',
  Authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20261206/us-east-1/kinesis/aws4_request, '
    + 'SignedHeaders=host;x-amz-date, Signature=0',
};
const TIMEOUT_MS = 60000;

function once(command) {
  return new Promise((resolve) => {
    const port = 20000 + Math.floor(Math.random() * 10000);
    const start = process.hrtime.bigint();
    const child = spawn('bash', ['-c', 'exec ' + command.replaceAll('{port}', port)], { detached: true, stdio: 'ignore' });
    let done = false;
    const finish = (ms) => {
      done = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch (e) { /* already gone */ }
      setTimeout(() => resolve(ms), 300); // let the port and the cores settle before the next start
    };
    const poll = () => {
      if (done) return;
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (elapsed > TIMEOUT_MS) { finish(NaN); return; }
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: HEADERS }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200 && !done) finish(Number(process.hrtime.bigint() - start) / 1e6);
          else setTimeout(poll, 2);
        });
      });
      req.on('error', () => setTimeout(poll, 2));
      req.end('{}');
    };
    setTimeout(poll, 2);
  });
}

(async () => {
  const times = {};
  for (let i = 0; i < rounds; i++) {
    for (const [name, command] of specs) (times[name] ||= []).push(await once(command));
  }
  for (const [name] of specs) {
    // A start that never answered (NaN) would make the sort, and so the median, meaningless: count it apart.
    const a = times[name].filter((x) => !Number.isNaN(x)).sort((x, y) => x - y);
    const failed = times[name].length - a.length;
    const median = a.length ? a[a.length >> 1].toFixed(0) : '-';
    console.log(name.padEnd(12), 'median', median, ' all', a.map((x) => x.toFixed(0)).join(' '),
      failed ? ` (${failed} never answered)` : '');
  }
  try { console.log(fs.readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0]); } catch (e) { /* not Linux */ }
})();
