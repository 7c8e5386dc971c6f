#!/usr/bin/env python3
"""Sends every JSON operation of a running harness requests no SDK would send, and lists any 5xx or dropped answer.

    tools/probe-bad-input.py PORT

For each operation of Kinesis, Firehose, DynamoDB and both Kinesis Data Analytics APIs (from the botocore models
the installed AWS CLI carries), it sends the model's minimal valid input, then that input with each member (and
each member of a nested structure) replaced by values of the wrong type, nulls inside lists and maps, empty and
oversized values, plus bodies that are no JSON object and one nested 2,000 deep. AWS answers all of these with a
4xx error; a 5xx here is a bug. Loopback only; one request at a time (~6,000 requests, about a minute).
"""
import glob
import gzip
import http.client
import json
import sys

SERVICES = [
    ("kinesis/2013-12-02", "Kinesis_20131202", "application/x-amz-json-1.1", "kinesis"),
    ("firehose/2015-08-04", "Firehose_20150804", "application/x-amz-json-1.1", "firehose"),
    ("dynamodb/2012-08-10", "DynamoDB_20120810", "application/x-amz-json-1.0", "dynamodb"),
    ("kinesisanalytics/2015-08-14", "KinesisAnalytics_20150814", "application/x-amz-json-1.1", "kinesisanalytics"),
    ("kinesisanalyticsv2/2018-05-23", "KinesisAnalytics_20180523", "application/x-amz-json-1.1", "kinesisanalytics"),
]
WRONG = {"string": [123, [], {"a": 1}], "integer": ["x", 1.5e40, []], "long": ["x", 1e30], "boolean": ["true", 1],
         "list": [{}, "x", [None], [[]]], "structure": ["x", [], {"": None}], "map": [[], "x", {"k": None}],
         "blob": ["!!!", 5, "a"], "timestamp": ["yesterday", [], -1e20, 1e20], "double": ["x"], "float": ["x"]}
EDGE = {"string": ["", "x" * 70000, "\u0000\ud800"], "list": [[]], "map": [{}], "integer": [-1, 2 ** 31, -2 ** 63],
        "long": [-1, 2 ** 63], "blob": [""], "timestamp": [0, "NaN"]}


def model(path):
    found = glob.glob(f"/root/.pyenv/versions/*/lib/python3*/site-packages/botocore/data/{path}/service-2.json*") \
        + glob.glob(f"/usr/lib/python3*/dist-packages/botocore/data/{path}/service-2.json*")
    if not found:
        sys.exit(f"no botocore model for {path}: install the AWS CLI")
    f = found[0]
    return json.load(gzip.open(f) if f.endswith(".gz") else open(f))


def minimal(shapes, name, depth=0):
    s = shapes[name]
    t = s["type"]
    if depth > 3:
        return None
    if t == "string":
        return s["enum"][0] if "enum" in s else "a" * max(1, s.get("min", 1))
    if t in ("integer", "long"):
        return max(1, s.get("min", 1))
    if t == "boolean":
        return True
    if t in ("double", "float"):
        return 1.0
    if t == "blob":
        return "YQ=="
    if t == "timestamp":
        return 1700000000
    if t == "list":
        return [minimal(shapes, s["member"]["shape"], depth + 1)]
    if t == "map":
        return {"k": minimal(shapes, s["value"]["shape"], depth + 1)}
    if t == "structure":
        return {m: minimal(shapes, v["shape"], depth + 1) for m, v in s["members"].items()
                if m in s.get("required", [])}
    return None


def bodies(shapes, input_shape):
    base = minimal(shapes, input_shape)
    out = [b"{}", b"[]", b'{"a":', b'{"a":1}{}', json.dumps(base).encode(), b'{"a":' * 2000 + b"1" + b"}" * 2000]
    for m, mv in shapes[input_shape].get("members", {}).items():
        ms = shapes[mv["shape"]]
        for w in WRONG.get(ms["type"], ["x"]) + EDGE.get(ms["type"], []):
            out.append(json.dumps({**base, m: w}).encode())
        inner_name = ms["member"]["shape"] if ms["type"] == "list" else mv["shape"]
        inner = shapes[inner_name]
        if ms["type"] in ("list", "structure") and inner["type"] == "structure":
            inner_base = minimal(shapes, inner_name) or {}
            for im, imv in inner.get("members", {}).items():
                for w in WRONG.get(shapes[imv["shape"]]["type"], ["x"])[:2] + [None]:
                    value = {**inner_base, im: w}
                    out.append(json.dumps({**base, m: [value] if ms["type"] == "list" else value}).encode())
    return out


def main():
    port = int(sys.argv[1])
    sent = 0
    bad = []
    for path, prefix, content_type, signing_name in SERVICES:
        shapes_and_ops = model(path)
        shapes = shapes_and_ops["shapes"]
        for op, definition in sorted(shapes_and_ops["operations"].items()):
            if "input" not in definition:
                continue
            for body in bodies(shapes, definition["input"]["shape"]):
                sent += 1
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                try:
                    connection.request("POST", "/", body, {
                        "Content-Type": content_type, "X-Amz-Target": f"{prefix}.{op}",
                        "X-Amz-Date": "20261206T000000Z",
                        "Authorization": f"AWS4-HMAC-SHA256 Credential=000000000000/20261206/us-east-1/"
                                         f"{signing_name}/aws4_request, SignedHeaders=host, Signature=0"})
                    response = connection.getresponse()
                    answer = response.read()
                    if response.status >= 500:
                        bad.append((prefix, op, body[:200], response.status, answer[:300]))
                except (OSError, http.client.HTTPException) as e:
                    bad.append((prefix, op, body[:200], "no answer", repr(e)))
                finally:
                    connection.close()
    print(f"{sent} requests, {len(bad)} answered 5xx or not at all")
    for b in bad:
        print(b)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
