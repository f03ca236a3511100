// Hugging Face's JS client (@huggingface/inference) against the server as a dedicated endpoint:
// featureExtraction and sentenceSimilarity both post to the endpoint's root, POST /.
//   node hf-client.mjs BASE_URL '["text", ...]'
// Prints one JSON object; ClientLibrariesTest compares it with offline encode.
import { InferenceClient } from '@huggingface/inference';

const [baseUrl, textsJson] = process.argv.slice(2);
const texts = JSON.parse(textsJson);
const endpoint = new InferenceClient().endpoint(baseUrl);

const features = await endpoint.featureExtraction({ inputs: texts });
const similarity = await endpoint.sentenceSimilarity({
  inputs: { source_sentence: texts[0], sentences: texts.slice(1) },
});
console.log(JSON.stringify({ features, similarity }));
