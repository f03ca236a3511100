#!/usr/bin/env python3
"""Posts a body of SIZE bytes with Python's http.client, the way requests and urllib do: the
whole body is written before the response is read. Prints one JSON line: {"status", "body"}
on an answer, {"error": "<exception>"} when the connection broke first (the "Broken pipe"
the lingering close exists to prevent).

    post_body.py PORT PATH SIZE (length|chunked) [HEADER:VALUE ...]
"""
import http.client
import json
import sys

port, path, size, mode = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
headers = {"Content-Type": "application/json"}
for h in sys.argv[5:]:
    name, value = h.split(":", 1)
    headers[name] = value.strip()

# A JSON string of `size` bytes in all: {"inputs": "xxxx...x"}
prefix, suffix = b'{"inputs": "', b'"}'
body = prefix + b"x" * (size - len(prefix) - len(suffix)) + suffix

def chunks(data, n=65536):
    for i in range(0, len(data), n):
        yield data[i:i + n]

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
try:
    if mode == "chunked":
        conn.request("POST", path, body=chunks(body), headers=headers, encode_chunked=True)
    else:
        conn.request("POST", path, body=body, headers=headers)
    response = conn.getresponse()
    print(json.dumps({"status": response.status, "body": response.read().decode("utf-8")}))
except Exception as e:  # noqa: BLE001 - the test reads what broke
    print(json.dumps({"error": f"{type(e).__name__}: {e}"}))
finally:
    conn.close()
