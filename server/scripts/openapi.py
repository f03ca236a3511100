#!/usr/bin/env python3
"""Writes src/main/resources/dev/sentence4j/server/openapi.json, the server's OpenAPI 3.1 document.

Hand-written from the request records (src/main/java/.../api/*Request.java), the handlers and
the error table in README.md. OpenApiTest checks it against the routes Javalin actually serves:
every served route is described, every described operation answers with a documented status,
and each example request gets a body of the documented shape. Run after changing a route:
    python3 server/scripts/openapi.py
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/dev/sentence4j/server/openapi.json"

def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}

def err(desc):
    return {"description": desc, "content": {"application/json": {"schema": ref("ErrorResponse")}}}

TIMING_HEADERS = {
    h: {"$ref": f"#/components/headers/{h}"}
    for h in ["x-compute-time", "x-compute-characters", "x-compute-tokens", "x-total-time",
              "x-tokenization-time", "x-queue-time", "x-inference-time"]
}

def errors(*codes):
    table = {
        "400": "The body is not JSON (or has trailing data after it).",
        "401": "An API key is set and the request has no `Authorization: Bearer <key>` or a wrong one; "
               "the answer carries `WWW-Authenticate: Bearer`.",
        "403": "Host header not allowed (DNS rebinding guard) or a cross-origin browser request from an origin "
               "not allowed by `--cors-origin`.",
        "413": "The body is larger than `--payload-limit`.",
        "415": "The request does not say `Content-Type: application/json`.",
        "422": "A field has the wrong type or value, no input, too many inputs, an input too long with truncation "
               "off, an unknown prompt, or token ids outside the vocabulary.",
        "424": "The model failed.",
        "429": "More than `--max-concurrent-requests` requests in flight.",
        "503": "The server is shutting down.",
    }
    return {c: err(table[c]) for c in codes}

INFER_ERRORS = ("400", "401", "403", "413", "415", "422", "424", "429", "503")
API_ERRORS = ("400", "401", "403", "413", "415", "422", "503")
GET_ERRORS = ("401", "403", "503")

def json_body(schema, example):
    return {"required": True, "content": {"application/json": {"schema": schema, "example": example}}}

def ok(desc, schema, timings=False, media="application/json"):
    r = {"description": desc, "content": {media: {"schema": schema}}}
    if timings:
        r["headers"] = TIMING_HEADERS
    return r

EMBED_OP = {
    "tags": ["Text Embeddings Inference"],
    "summary": "Sentence embeddings",
    "description": "One vector per input, in input order (TEI's /embed).",
    "operationId": "embed",
    "requestBody": json_body(ref("EmbedRequest"), {"inputs": ["What is Deep Learning?", "Deep Learning is..."]}),
    "responses": {"200": ok("Embeddings", ref("EmbedResponse"), timings=True), **errors(*INFER_ERRORS)},
}

paths = {
    "/": {
        "get": {
            "tags": ["Playground"], "summary": "The web playground", "operationId": "playground",
            "responses": {"200": ok("The playground page", {"type": "string"}, media="text/html"), **errors("403")},
        },
        "post": {
            **EMBED_OP, "operationId": "root",
            "summary": "The model's main task",
            "description": "TEI's root route: the task of the served model's kind. For an embedding model this is "
                           "`/embed`, and `/similarity` for a body whose `inputs` is `{source_sentence, sentences}` "
                           "(Hugging Face's Inference API serves both pipelines on one URL, and its clients post "
                           "there); for a sparse model `/embed_sparse`; for a cross-encoder with one label `/rerank`, "
                           "with several `/predict`.",
            "requestBody": json_body({"oneOf": [ref("EmbedRequest"), ref("SimilarityRequest"), ref("EmbedSparseRequest"),
                                                ref("RerankRequest"), ref("PredictRequest")]},
                                     {"inputs": ["What is Deep Learning?", "Deep Learning is..."]}),
            "responses": {"200": ok("The main route's answer: embeddings ([[float]]), one score per sentence ([float]), "
                                    "sparse vectors, ranks or predictions",
                                    {"type": "array"}, timings=True), **errors(*INFER_ERRORS)},
        },
    },
    "/embed": {"post": EMBED_OP},
    "/embed_all": {"post": {
        "tags": ["Text Embeddings Inference"], "summary": "Token embeddings", "operationId": "embed_all",
        "description": "The contextual embedding of every token, per input (TEI's /embed_all).",
        "requestBody": json_body(ref("EmbedAllRequest"), {"inputs": "What is Deep Learning?"}),
        "responses": {"200": ok("Token embeddings: input, token, dimension",
                                {"type": "array", "items": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}}},
                                timings=True),
                      **errors(*INFER_ERRORS)},
    }},
    "/similarity": {"post": {
        "tags": ["Text Embeddings Inference"], "summary": "Cosine similarity to a source sentence",
        "operationId": "similarity",
        "requestBody": json_body(ref("SimilarityRequest"), {"inputs": {"source_sentence": "What is Deep Learning?",
                                                                        "sentences": ["Deep Learning is...", "A cat sits"]}}),
        "responses": {"200": ok("One score per sentence", {"type": "array", "items": {"type": "number"}}, timings=True),
                      **errors(*INFER_ERRORS)},
    }},
    "/embed_sparse": {"post": {
        "tags": ["Text Embeddings Inference"], "summary": "Sparse embeddings (SPLADE models)", "operationId": "embed_sparse",
        "description": "The active dimensions of each input's sparse vector, indices ascending (TEI's /embed_sparse). "
                       "Served by sparse models; other models answer 424 naming their kind.",
        "requestBody": json_body(ref("EmbedSparseRequest"), {"inputs": "What is Deep Learning?"}),
        "responses": {"200": ok("Sparse vectors, one per input", ref("EmbedSparseResponse"), timings=True),
                      **errors(*INFER_ERRORS)},
    }},
    "/rerank": {"post": {
        "tags": ["Text Embeddings Inference"], "summary": "Rerank texts against a query (cross-encoders)",
        "operationId": "rerank",
        "description": "The cross-encoder's score of (query, text) for each text, highest first; equal scores keep the "
                       "order of `texts` (TEI's /rerank). Served by cross-encoders with one label; other models answer "
                       "424 naming their kind.",
        "requestBody": json_body(ref("RerankRequest"), {"query": "What is Deep Learning?",
                                                        "texts": ["Deep Learning is...", "A cat sits on the mat"]}),
        "responses": {"200": ok("Ranks, highest score first", ref("RerankResponse"), timings=True),
                      **errors(*INFER_ERRORS)},
    }},
    "/predict": {"post": {
        "tags": ["Text Embeddings Inference"], "summary": "Scores per label (cross-encoders)", "operationId": "predict",
        "description": "Each label's score for a text or a pair of texts, highest first (TEI's /predict). "
                       "`inputs`: a text, a pair [a, b], or a batch [[a], [a, b], ...]; an array of strings is one "
                       "input. Without `raw_scores` the model's activation applies, as sentence-transformers' "
                       "CrossEncoder.predict does (Sigmoid for one label unless the model names another). Served by "
                       "cross-encoders; other models answer 424 naming their kind.",
        "requestBody": json_body(ref("PredictRequest"), {"inputs": ["What is Deep Learning?", "Deep Learning is..."]}),
        "responses": {"200": ok("[{score, label}] for one input, [[{score, label}]] for a batch",
                                ref("PredictResponse"), timings=True),
                      **errors(*INFER_ERRORS)},
    }},
    "/tokenize": {"post": {
        "tags": ["Text Embeddings Inference"], "summary": "Tokenize", "operationId": "tokenize",
        "requestBody": json_body(ref("TokenizeRequest"), {"inputs": "test"}),
        "responses": {"200": ok("Tokens per input", {"type": "array", "items": {"type": "array", "items": ref("SimpleToken")}}),
                      **errors(*API_ERRORS)},
    }},
    "/decode": {"post": {
        "tags": ["Text Embeddings Inference"], "summary": "Decode token ids", "operationId": "decode",
        "requestBody": json_body(ref("DecodeRequest"), {"ids": [7592, 2088]}),
        "responses": {"200": ok("One text per id list", {"type": "array", "items": {"type": "string"}}),
                      **errors(*API_ERRORS)},
    }},
    "/v1/embeddings": {"post": {
        "tags": ["OpenAI"], "summary": "OpenAI embeddings", "operationId": "openai_embed",
        "description": "OpenAI's embeddings API. `input_type` (not in OpenAI's API; send it as an extra body field) "
                       "picks the model's query or document prompt.",
        "requestBody": json_body(ref("OpenAIEmbeddingsRequest"), {"input": "What is Deep Learning?", "model": "any",
                                                                   "encoding_format": "float"}),
        "responses": {"200": ok("Embeddings", ref("OpenAIEmbeddingsResponse"), timings=True), **errors(*INFER_ERRORS)},
    }},
    "/info": {"get": {
        "tags": ["Text Embeddings Inference"], "summary": "Model and router information", "operationId": "get_model_info",
        "responses": {"200": ok("Info", ref("Info")), **errors(*GET_ERRORS)},
    }},
    "/health": {"get": {
        "tags": ["Text Embeddings Inference"], "summary": "Liveness", "operationId": "health",
        "description": "Open without the API key.",
        "responses": {"200": {"description": "Healthy (empty body)"}, **errors("403", "503")},
    }},
    "/metrics": {"get": {
        "tags": ["Text Embeddings Inference"], "summary": "Prometheus metrics", "operationId": "metrics",
        "responses": {"200": ok("Prometheus text exposition format 0.0.4", {"type": "string"}, media="text/plain"),
                      **errors(*GET_ERRORS)},
    }},
    "/openapi.json": {"get": {
        "tags": ["Documentation"], "summary": "This document", "operationId": "openapi",
        "responses": {"200": ok("OpenAPI 3.1", {"type": "object"}), **errors("403")},
    }},
    "/docs": {"get": {
        "tags": ["Documentation"], "summary": "This document, rendered (Swagger UI, served from the jar)",
        "operationId": "docs",
        "responses": {"200": ok("HTML page", {"type": "string"}, media="text/html"), **errors("403")},
    }},
    "/docs/{file}": {"get": {
        "tags": ["Documentation"], "summary": "A file of the docs page", "operationId": "docs_file",
        "parameters": [{"name": "file", "in": "path", "required": True, "schema": {"type": "string"},
                        "example": "swagger-ui.css"}],
        "responses": {"200": {"description": "The file"}, **errors("403"),
                      "404": err("No such file.")},
    }},
    "/playground/{file}": {"get": {
        "tags": ["Playground"], "summary": "A file of the playground", "operationId": "playground_file",
        "parameters": [{"name": "file", "in": "path", "required": True, "schema": {"type": "string"},
                        "example": "app.js"}],
        "responses": {"200": {"description": "The file"}, **errors("403"), "404": err("No such file.")},
    }},
}

INPUT = {"description": "A string, a batch of strings, token ids, or a batch of token id lists.",
         "oneOf": [{"type": "string"},
                   {"type": "array", "items": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "integer", "minimum": 0}}]}},
                   {"type": "array", "items": {"type": "integer", "minimum": 0}}]}
TRUNCATE = {"type": ["boolean", "null"], "description": "Cut inputs over max_input_length; default: the server's --auto-truncate (true)."}
DIRECTION = {"type": "string", "enum": ["right", "left", "Right", "Left"], "default": "right",
             "description": "Only right truncation is done; an input that would need left truncation is a 422."}
PROMPT_NAME = {"type": ["string", "null"], "description": "A key of the model's prompts (see /info); default: the model's default prompt."}

schemas = {
    "ErrorResponse": {"type": "object", "required": ["error", "error_type"], "properties": {
        "error": {"type": "string", "description": "What was wrong, naming the field, what was expected and what was found."},
        "error_type": {"type": "string", "enum": ["Unhealthy", "Backend", "Overloaded", "Validation", "Tokenizer", "Empty",
                                                   "Unauthorized", "Forbidden", "NotFound", "MethodNotAllowed",
                                                   "UnsupportedMediaType"]}}},
    "Input": INPUT,
    "EmbedRequest": {"type": "object", "required": ["inputs"], "properties": {
        "inputs": ref("Input"), "normalize": {"type": "boolean", "default": True}, "truncate": TRUNCATE,
        "truncation_direction": DIRECTION, "prompt_name": PROMPT_NAME,
        "dimensions": {"type": ["integer", "null"], "minimum": 1, "description": "Keep the first n dimensions (Matryoshka)."}}},
    "EmbedResponse": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}},
    "EmbedAllRequest": {"type": "object", "required": ["inputs"], "properties": {
        "inputs": ref("Input"), "truncate": TRUNCATE, "truncation_direction": DIRECTION, "prompt_name": PROMPT_NAME}},
    "SimilarityRequest": {"type": "object", "required": ["inputs"], "properties": {
        "inputs": {"type": "object", "required": ["source_sentence", "sentences"], "properties": {
            "source_sentence": {"type": "string"}, "sentences": {"type": "array", "items": {"type": "string"}}}},
        "parameters": {"type": ["object", "null"], "properties": {
            "truncate": TRUNCATE, "truncation_direction": DIRECTION, "prompt_name": PROMPT_NAME}}}},
    "EmbedSparseRequest": {"type": "object", "required": ["inputs"], "properties": {
        "inputs": ref("Input"), "truncate": TRUNCATE, "truncation_direction": DIRECTION, "prompt_name": PROMPT_NAME}},
    "SparseValue": {"type": "object", "required": ["index", "value"], "properties": {
        "index": {"type": "integer", "minimum": 0, "description": "A vocabulary id"},
        "value": {"type": "number", "exclusiveMinimum": 0}}},
    "EmbedSparseResponse": {"type": "array", "items": {"type": "array", "items": ref("SparseValue")}},
    "RerankRequest": {"type": "object", "required": ["query", "texts"], "properties": {
        "query": {"type": "string"}, "texts": {"type": "array", "items": {"type": "string"}},
        "truncate": TRUNCATE, "truncation_direction": DIRECTION,
        "raw_scores": {"type": "boolean", "default": False, "description": "The logits, without the model's activation."},
        "return_text": {"type": "boolean", "default": False}}},
    "Rank": {"type": "object", "required": ["index", "score"], "properties": {
        "index": {"type": "integer", "description": "Position in `texts`"},
        "text": {"type": "string", "description": "Only with return_text"}, "score": {"type": "number"}}},
    "RerankResponse": {"type": "array", "items": ref("Rank")},
    "PredictRequest": {"type": "object", "required": ["inputs"], "properties": {
        "inputs": {"oneOf": [{"type": "string"},
                             {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2},
                             {"type": "array", "items": {"type": "array", "items": {"type": "string"},
                                                         "minItems": 1, "maxItems": 2}}]},
        "truncate": TRUNCATE, "truncation_direction": DIRECTION,
        "raw_scores": {"type": "boolean", "default": False, "description": "The logits, without the model's activation."}}},
    "Prediction": {"type": "object", "required": ["score", "label"], "properties": {
        "score": {"type": "number"}, "label": {"type": "string"}}},
    "PredictResponse": {"type": "array", "oneOf": [{"type": "array", "items": ref("Prediction")},
                                  {"type": "array", "items": {"type": "array", "items": ref("Prediction")}}]},
    "TokenizeRequest": {"type": "object", "required": ["inputs"], "properties": {
        "inputs": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
        "add_special_tokens": {"type": "boolean", "default": True}, "prompt_name": PROMPT_NAME}},
    "SimpleToken": {"type": "object", "required": ["id", "text", "special"], "properties": {
        "id": {"type": "integer"}, "text": {"type": "string"}, "special": {"type": "boolean"},
        "start": {"type": ["integer", "null"], "description": "UTF-8 byte offset in the input, null for special tokens"},
        "stop": {"type": ["integer", "null"]}}},
    "DecodeRequest": {"type": "object", "required": ["ids"], "properties": {
        "ids": {"oneOf": [{"type": "array", "items": {"type": "integer", "minimum": 0}},
                          {"type": "array", "items": {"type": "array", "items": {"type": "integer", "minimum": 0}}}]},
        "skip_special_tokens": {"type": "boolean", "default": True}}},
    "OpenAIEmbeddingsRequest": {"type": "object", "required": ["input"], "properties": {
        "input": ref("Input"), "model": {"type": "string", "description": "Accepted and ignored: the served model answers."},
        "encoding_format": {"type": "string", "enum": ["float", "base64"], "default": "float"},
        "dimensions": {"type": ["integer", "null"], "minimum": 1}, "user": {"type": "string"},
        "input_type": {"type": "string", "enum": ["query", "document", "passage", "search_query", "search_document"],
                       "description": "query: the model's query prompt; document (passage, search_document): its "
                                      "document, else passage, else corpus prompt (sentence-transformers' "
                                      "encode_query/encode_document). Absent: the model's default prompt."}}},
    "OpenAIEmbeddingsResponse": {"type": "object", "required": ["object", "data", "model", "usage"], "properties": {
        "object": {"type": "string", "const": "list"},
        "data": {"type": "array", "items": {"type": "object", "required": ["object", "embedding", "index"], "properties": {
            "object": {"type": "string", "const": "embedding"},
            "embedding": {"oneOf": [{"type": "array", "items": {"type": "number"}},
                                    {"type": "string", "description": "base64 of little-endian float32"}]},
            "index": {"type": "integer"}}}},
        "model": {"type": "string"},
        "usage": {"type": "object", "properties": {"prompt_tokens": {"type": "integer"}, "total_tokens": {"type": "integer"}}}}},
    "Info": {"type": "object", "required": ["model_id", "model_type", "max_input_length", "auto_truncate", "version"], "properties": {
        "model_id": {"type": "string"}, "model_sha": {"type": ["string", "null"]}, "model_dtype": {"type": "string"},
        "model_type": {"type": "object", "description": "{\"embedding\": {\"pooling\": \"mean\"}} (\"splade\" for a sparse "
                                                        "model), {\"reranker\": {\"id2label\", \"label2id\"}} or "
                                                        "{\"classifier\": {...}}"},
        "kind": {"type": "string", "enum": ["embedding", "sparse", "cross-encoder"]},
        "max_concurrent_requests": {"type": "integer"}, "max_input_length": {"type": "integer"},
        "max_batch_tokens": {"type": "integer"}, "max_batch_requests": {"type": ["integer", "null"]},
        "max_client_batch_size": {"type": "integer"}, "auto_truncate": {"type": "boolean"},
        "tokenization_workers": {"type": "integer"}, "version": {"type": "string"},
        "sha": {"type": ["string", "null"]}, "docker_label": {"type": ["string", "null"]},
        "dimension": {"type": ["integer", "null"], "description": "Embedding width; the vocabulary size for a sparse "
                                                                 "model; null for a cross-encoder"}, "prompts": {"type": "object", "additionalProperties": {"type": "string"}},
        "default_prompt_name": {"type": ["string", "null"]}}},
}

def header(desc):
    return {"description": desc, "schema": {"type": "integer"}}

headers = {
    "x-compute-time": header("Milliseconds from reading the inputs to the answer (TEI)."),
    "x-total-time": header("Same as x-compute-time (TEI sends both)."),
    "x-compute-characters": header("Unicode characters in the inputs."),
    "x-compute-tokens": header("Tokens the model saw, after truncation, special tokens included."),
    "x-tokenization-time": header("Milliseconds tokenizing, per input (mean over the request's inputs)."),
    "x-queue-time": header("Milliseconds waiting for a forward pass, per input (mean)."),
    "x-inference-time": header("Milliseconds of the forward pass that ran the input, per input (mean)."),
}

# Routes open without the API key (the route guard's OPEN kind).
for path, method in [("/", "get"), ("/health", "get"), ("/openapi.json", "get"), ("/docs", "get"),
                     ("/docs/{file}", "get"), ("/playground/{file}", "get")]:
    paths[path][method]["security"] = []

doc = {
    "openapi": "3.1.0",
    "info": {
        "title": "sentence4j server",
        "description": "Sentence embeddings with the API of Hugging Face text-embeddings-inference (TEI) and OpenAI's "
                       "embeddings API. Errors are `{error, error_type}`; unknown routes answer 404 and known routes "
                       "asked with another method 405 with `Allow`, both in that shape. JSON routes want "
                       "`Content-Type: application/json`.",
        "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"},
        "version": "${version}",
    },
    "paths": paths,
    "components": {
        "schemas": schemas,
        "headers": headers,
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                        "description": "Only when the server was started with --api-key."}},
    },
    "security": [{}, {"bearer": []}],
}

OUT.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {OUT}")
