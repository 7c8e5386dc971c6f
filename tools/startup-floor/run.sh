#!/usr/bin/env bash
# Times the start of the harness beside two floors, with the same probe and in the same rounds:
#   bare-socket  the JVM with the JDK alone answering ListStreams (what any Java server pays first)
#   bare-netty   the least HTTP/1.1 server on Netty (what a Netty-based server pays at the very least)
#   harness      the standalone jar with its archive
# and, when a command is given, a fourth one (kinesalite). Each Java floor gets its own CDS archive from a
# training start, as the harness jar has. Loopback only; bounded polls.
#
#   tools/startup-floor/run.sh ROUNDS ['kinesalite --port {port}']
set -euo pipefail
rounds=${1:?usage: run.sh ROUNDS [OTHER-COMMAND]}
other=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/harness-core/target/kinesis-harness.jar
jsa=$root/harness-core/target/kinesis-harness.jsa
[[ -f $jar && -f $jsa ]] || { echo "build the jar first (README's start command)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

javac -XDstringConcat=inline -cp "$jar" -d "$work/classes" "$root"/tools/startup-floor/*.java
jar cf "$work/floor.jar" -C "$work/classes" .

# Training start: answer a few requests, then stop with SIGTERM so the JVM writes the dynamic archive.
train() {
  local archive=$1 port=$2; shift 2
  java -XX:ArchiveClassesAtExit="$archive" "$@" "$port" >/dev/null 2>&1 &
  local pid=$! answered=0
  for _ in $(seq 1 150); do
    if curl -s -m 2 -o /dev/null -X POST "http://127.0.0.1:$port/" -d '{}'; then answered=$((answered + 1)); fi
    [[ $answered -ge 3 ]] && break
    sleep 0.1
  done
  kill -TERM "$pid"; wait "$pid" || true
  [[ -f $archive ]] || { echo "no archive written for $*" >&2; exit 1; }
}
train "$work/socket.jsa" 29401 -cp "$work/floor.jar" BareSocketServer
train "$work/netty.jsa" 29402 -cp "$work/floor.jar:$jar" BareNettyServer

commands=(
  "bare-socket=java -XX:SharedArchiveFile=$work/socket.jsa -cp $work/floor.jar BareSocketServer {port}"
  "bare-netty=java -XX:SharedArchiveFile=$work/netty.jsa -cp $work/floor.jar:$jar BareNettyServer {port}"
  "harness=java -XX:SharedArchiveFile=$jsa -jar $jar --port {port}"
)
[[ -n $other ]] && commands+=("other=$other")
node "$root/tools/readiness-probe.js" "$rounds" "${commands[@]}"
