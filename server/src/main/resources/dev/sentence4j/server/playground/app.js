// sentence4j playground: plain JS against the server's own routes (/info, /embed, /embed_all).
'use strict';

let info = { max_client_batch_size: 32 };

function headers() {
  const h = { 'Content-Type': 'application/json' };
  const key = document.getElementById('api-key').value.trim();
  if (key) h['Authorization'] = 'Bearer ' + key;
  return h;
}

async function call(method, path, body) {
  const res = await fetch(path, { method, headers: headers(), body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { /* not JSON */ }
  if (!res.ok) {
    const msg = json && json.error ? json.error + ' (' + json.error_type + ')' : text;
    throw new Error(res.status + ': ' + msg);
  }
  return json;
}

// /embed in chunks of max_client_batch_size; the server batches them with everyone else's.
async function embed(texts) {
  const size = info.max_client_batch_size || 32;
  const out = [];
  for (let i = 0; i < texts.length; i += size) {
    const rows = await call('POST', '/embed', { inputs: texts.slice(i, i + size), normalize: true, truncate: true });
    out.push(...rows);
  }
  return out;
}

// toFixed without a minus sign on values that round to zero.
function fixed(v, digits) { const s = v.toFixed(digits); return Number(s) === 0 ? (0).toFixed(digits) : s; }

function dot(a, b) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * b[i]; return s; }
function unit(v) { const n = Math.sqrt(dot(v, v)); return n === 0 ? v : v.map(x => x / n); }
function cosine(a, b) { return dot(unit(a), unit(b)); }

function lines(id) {
  return document.getElementById(id).value.split('\n').map(s => s.trim()).filter(s => s.length > 0);
}

// Diverging scale: -1 red, 0 white, 1 blue.
function color(v) {
  const t = Math.max(-1, Math.min(1, v));
  const [r, g, b] = t >= 0 ? [255 - t * 218, 255 - t * 156, 255 - t * 20] : [255 + t * 53, 255 + t * 191, 255 + t * 201];
  return `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})`;
}

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function setStatus(id, text, isError) {
  const s = document.getElementById(id);
  s.textContent = text;
  s.className = isError ? 'error' : 'muted';
}

function heatmap(rowLabels, colLabels, matrix, rowTitles, colTitles) {
  const table = el('table', { class: 'heatmap' });
  const head = el('tr');
  head.appendChild(el('th'));
  colLabels.forEach((c, j) => head.appendChild(el('th', { title: colTitles ? colTitles[j] : c }, c)));
  table.appendChild(head);
  matrix.forEach((row, i) => {
    const tr = el('tr');
    tr.appendChild(el('th', { class: 'row', title: rowTitles ? rowTitles[i] : rowLabels[i] }, rowLabels[i]));
    row.forEach((v, j) => {
      const td = el('td', { class: 'cell', title: `${rowLabels[i]} · ${colLabels[j]}: ${v.toFixed(4)}` }, fixed(v, 2));
      td.style.background = color(v);
      td.style.color = Math.abs(v) > 0.6 ? '#fff' : '#1f2933';
      tr.appendChild(td);
    });
    table.appendChild(tr);
  });
  const wrap = el('div');
  wrap.appendChild(table);
  const legend = el('div', { class: 'legend' });
  legend.append(el('span', {}, '-1'), el('span', { class: 'bar' }), el('span', {}, '1'));
  wrap.appendChild(legend);
  return wrap;
}

async function computeSimilarity() {
  const sentences = lines('sentences');
  if (sentences.length < 2) { setStatus('status', 'Enter at least two sentences, one per line.', true); return; }
  setStatus('status', 'Embedding ' + sentences.length + ' sentences…');
  try {
    const t0 = performance.now();
    const vectors = await embed(sentences);
    const matrix = vectors.map(a => vectors.map(b => cosine(a, b)));
    const ranked = sentences.slice(1).map((s, k) => ({ index: k + 1, sentence: s, score: matrix[0][k + 1] }))
      .sort((a, b) => b.score - a.score);
    const table = document.getElementById('similarity-table');
    table.replaceChildren();
    const cap = el('caption', { class: 'muted' }, 'Query (0): ' + sentences[0]);
    table.appendChild(cap);
    const head = el('tr');
    ['Index', 'Sentence', 'Similarity'].forEach(h => head.appendChild(el('th', {}, h)));
    table.appendChild(head);
    for (const r of ranked) {
      const tr = el('tr');
      tr.append(el('td', { class: 'num' }, String(r.index)), el('td', {}, r.sentence), el('td', { class: 'num' }, r.score.toFixed(4)));
      table.appendChild(tr);
    }
    const labels = sentences.map((_, i) => String(i));
    document.getElementById('heatmap').replaceChildren(heatmap(labels, labels, matrix, sentences, sentences));
    setStatus('status', `${sentences.length} sentences in ${Math.round(performance.now() - t0)} ms`);
  } catch (e) {
    setStatus('status', e.message, true);
  }
}

async function compareTokens() {
  const a = document.getElementById('token-a').value.trim();
  const b = document.getElementById('token-b').value.trim();
  if (!a || !b) { setStatus('token-status', 'Enter two sentences.', true); return; }
  setStatus('token-status', 'Computing token embeddings…');
  try {
    const [ta, tb] = await Promise.all([
      call('POST', '/tokenize', { inputs: [a, b] }),
      call('POST', '/embed_all', { inputs: [a, b], truncate: true }),
    ]).then(([tok, emb]) => [{ tokens: tok[0].map(t => t.text), vectors: emb[0] }, { tokens: tok[1].map(t => t.text), vectors: emb[1] }]);
    const n = Math.min(ta.tokens.length, ta.vectors.length);
    const m = Math.min(tb.tokens.length, tb.vectors.length);
    const matrix = [];
    for (let i = 0; i < n; i++) {
      const row = [];
      for (let j = 0; j < m; j++) row.push(cosine(ta.vectors[i], tb.vectors[j]));
      matrix.push(row);
    }
    const box = document.getElementById('token-heatmap');
    box.replaceChildren(el('h2', {}, 'Contextual layer: tokens of A (rows) × tokens of B (columns)'),
      heatmap(ta.tokens.slice(0, n), tb.tokens.slice(0, m), matrix));
    setStatus('token-status', `${n} × ${m} tokens`);
  } catch (e) {
    setStatus('token-status', e.message, true);
  }
}

async function search() {
  const corpus = lines('corpus');
  const query = document.getElementById('query').value.trim();
  const k = Math.max(1, parseInt(document.getElementById('topk').value, 10) || 5);
  if (!corpus.length || !query) { setStatus('search-status', 'Enter a corpus and a query.', true); return; }
  setStatus('search-status', 'Embedding ' + corpus.length + ' documents…');
  try {
    const vectors = await embed([query, ...corpus]);
    const hits = corpus.map((doc, i) => ({ doc, i, score: cosine(vectors[0], vectors[i + 1]) }))
      .sort((x, y) => y.score - x.score).slice(0, k);
    const table = document.getElementById('search-results');
    table.replaceChildren();
    const head = el('tr');
    ['Rank', 'Score', 'Document', 'Line'].forEach(h => head.appendChild(el('th', {}, h)));
    table.appendChild(head);
    hits.forEach((h, r) => {
      const tr = el('tr');
      tr.append(el('td', { class: 'num' }, String(r + 1)), el('td', { class: 'num' }, h.score.toFixed(4)),
        el('td', {}, h.doc), el('td', { class: 'num' }, String(h.i)));
      table.appendChild(tr);
    });
    setStatus('search-status', `top ${hits.length} of ${corpus.length}`);
  } catch (e) {
    setStatus('search-status', e.message, true);
  }
}

function showTab(name) {
  document.querySelectorAll('.tab').forEach(t => t.classList.toggle('active', t.dataset.tab === name));
  document.querySelectorAll('.panel').forEach(p => p.classList.toggle('hidden', p.id !== 'tab-' + name));
}

async function loadInfo() {
  try {
    info = await call('GET', '/info');
    document.getElementById('model-info').textContent =
      `${info.model_id} · dimension ${info.dimension} · max input ${info.max_input_length} tokens · ${info.model_type.embedding.pooling} pooling`;
  } catch (e) {
    document.getElementById('model-info').textContent = 'model info: ' + e.message;
  }
}

document.querySelectorAll('.tab').forEach(t => t.addEventListener('click', () => showTab(t.dataset.tab)));
document.getElementById('compute').addEventListener('click', computeSimilarity);
document.getElementById('token-compute').addEventListener('click', compareTokens);
document.getElementById('search').addEventListener('click', search);
document.getElementById('api-key').addEventListener('change', loadInfo);
loadInfo();
