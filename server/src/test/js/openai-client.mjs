// The OpenAI Node SDK against the server: floats, base64, dimensions, input_type.
//   node openai-client.mjs BASE_URL '["text", ...]'
// Prints one JSON object; ClientLibrariesTest compares it with offline encode.
import OpenAI from 'openai';

const [baseUrl, textsJson] = process.argv.slice(2);
const texts = JSON.parse(textsJson);
const client = new OpenAI({ baseURL: new URL('v1', baseUrl).href, apiKey: 'unused', maxRetries: 0 });
const model = 'all-MiniLM-L6-v2';

const vectors = (r) => r.data.sort((a, b) => a.index - b.index).map((d) => d.embedding);
// Without encoding_format the SDK asks for base64 and decodes it itself (openai-node's embeddings.create).
const sdkDefault = await client.embeddings.create({ model, input: texts });
const float = await client.embeddings.create({ model, input: texts, encoding_format: 'float' });
const base64 = await client.embeddings.create({ model, input: texts, encoding_format: 'base64' });
const dims = await client.embeddings.create({ model, input: texts[0], encoding_format: 'float', dimensions: 64 });
// Not in OpenAI's API: the SDK sends unknown fields as they are.
const query = await client.embeddings.create({ model, input: texts[0], encoding_format: 'float', input_type: 'query' });

console.log(JSON.stringify({
  model: float.model,
  usage: float.usage,
  sdkDefault: vectors(sdkDefault),
  float: vectors(float),
  base64: vectors(base64),
  dims: vectors(dims),
  query: vectors(query),
}));
