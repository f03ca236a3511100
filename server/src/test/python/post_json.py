#!/usr/bin/env python3
"""Posts a JSON body with Python's http.client, as a script calling TEI's routes would, and
prints one JSON line: {"status", "content_type", "body"} with the body parsed.

    post_json.py PORT PATH JSON
"""
import http.client
import json
import sys

port, path, body = int(sys.argv[1]), sys.argv[2], sys.argv[3]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
try:
    conn.request("POST", path, body=body.encode("utf-8"), headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    text = response.read().decode("utf-8")
    print(json.dumps({"status": response.status, "content_type": response.getheader("Content-Type"),
                      "body": json.loads(text)}))
finally:
    conn.close()
