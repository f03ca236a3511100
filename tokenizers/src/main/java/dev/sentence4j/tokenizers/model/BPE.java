package dev.sentence4j.tokenizers.model;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Byte-pair encoding (HF models/bpe/model.rs): each char of the word becomes a symbol (with
 * {@code continuingSubwordPrefix} on all but the first, {@code endOfWordSuffix} on the last), a
 * char outside the vocabulary becomes its {@code <0xXX>} byte tokens ({@code byteFallback}) or the
 * unknown token (consecutive ones fused with {@code fuseUnk}; dropped when there is no unknown
 * token), then merges apply lowest rank first ({@link BpeWord}). Dropout is a training-time
 * regularizer and is ignored: encoding is deterministic.
 *
 * <p>Immutable and thread-safe; a bounded cache of short words, as HF keeps, only saves time.
 */
public final class BPE implements Model {

    private static final int CACHE_CAPACITY = 10_000; // HF's DEFAULT_CACHE_CAPACITY
    private static final int CACHE_MAX_WORD = 256; // HF caches words shorter than this (bytes)

    /** One merge of the file: {@code left right}, in rank order. */
    public record Merge(String left, String right) {
        public Merge {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    private final Vocabulary vocab;
    private final PairMap merges;
    private final String unkToken; // nullable
    private final String continuingSubwordPrefix; // nullable
    private final String endOfWordSuffix; // nullable
    private final boolean fuseUnk;
    private final boolean byteFallback;
    private final boolean ignoreMerges;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();
    // Id of each BMP char that is a token by itself, -1 otherwise: the initial symbols of a word
    // without building a String per char (Llama 2 and Gemma 3 make whole lines, or a whole 10 MB
    // input, one word). Looked up only where no prefix or suffix is added to the char.
    private final int[] bmpCharIds = new int[0x10000]; // [65536]

    /**
     * @throws IllegalArgumentException when a merge names a token (or makes one) missing from the
     *     vocabulary, with the merge's index
     */
    public BPE(Map<String, Integer> vocab, List<Merge> merges, String unkToken, String continuingSubwordPrefix,
               String endOfWordSuffix, boolean fuseUnk, boolean byteFallback, boolean ignoreMerges) {
        Objects.requireNonNull(merges, "merges");
        this.vocab = new Vocabulary(vocab);
        this.unkToken = unkToken;
        this.continuingSubwordPrefix = continuingSubwordPrefix;
        this.endOfWordSuffix = endOfWordSuffix;
        this.fuseUnk = fuseUnk;
        this.byteFallback = byteFallback;
        this.ignoreMerges = ignoreMerges;
        java.util.Arrays.fill(bmpCharIds, -1);
        vocab.forEach((token, id) -> {
            if (token.length() == 1) { // Character.toString of this char, lone surrogates included
                bmpCharIds[token.charAt(0)] = id;
            }
        });
        int prefixLength = continuingSubwordPrefix == null ? 0 : continuingSubwordPrefix.length();
        this.merges = new PairMap(merges.size());
        for (int i = 0; i < merges.size(); i++) {
            Merge m = merges.get(i);
            Integer a = this.vocab.id(m.left());
            Integer b = this.vocab.id(m.right());
            // HF strips the prefix from the right part: "a" + "##b" makes "ab"
            String merged = m.left() + (m.right().length() >= prefixLength
                    ? m.right().substring(prefixLength) : m.right());
            Integer id = this.vocab.id(merged);
            String missing = a == null ? m.left() : b == null ? m.right() : id == null ? merged : null;
            if (missing != null) {
                throw new IllegalArgumentException("merges[" + i + "] '" + m.left() + " " + m.right()
                        + "': token '" + missing + "' is not in the vocabulary");
            }
            this.merges.put(a, b, i, id);
        }
    }

    @Override
    public List<Token> tokenize(NormalizedString word) {
        int n = word.length();
        if (n == 0) {
            return List.of();
        }
        int[] cps = word.codePoints();
        String text = null;
        if (ignoreMerges) {
            text = word.normalized();
            Integer id = vocab.id(text);
            if (id != null) {
                return List.of(new Token(id, text, 0, n));
            }
        }
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes += utf8Length(cps[i]);
        }
        // byte offsets are code point offsets in an ASCII word (most words): no map needed
        int[] byteToCp = bytes == n ? null : byteToCodePoint(cps, n, bytes); // [bytes + 1]
        boolean cacheable = bytes < CACHE_MAX_WORD;
        int[] symbols = null;
        if (cacheable) {
            text = text == null ? word.normalized() : text;
            symbols = cache.get(text);
        }
        if (symbols == null) {
            symbols = mergeWord(cps, n);
            if (cacheable && cache.size() < CACHE_CAPACITY) {
                cache.put(text, symbols);
            }
        }
        List<Token> tokens = new ArrayList<>(symbols.length / 3);
        for (int k = 0; k < symbols.length; k += 3) {
            int startByte = symbols[k + 1];
            int endByte = symbols[k + 2];
            // a symbol may cover part of a char (byte fallback): it takes the whole char, as HF's
            // per-byte alignments do
            int start = byteToCp == null ? startByte : byteToCp[startByte];
            int end = byteToCp == null ? endByte : endByte > startByte ? byteToCp[endByte - 1] + 1 : start;
            tokens.add(new Token(symbols[k], vocab.token(symbols[k]), start, end));
        }
        return tokens;
    }

    /** Code point index of each UTF-8 byte of the word; the last entry is the code point count. */
    private static int[] byteToCodePoint(int[] cps, int n, int bytes) {
        int[] out = new int[bytes + 1];
        int b = 0;
        for (int i = 0; i < n; i++) {
            for (int k = utf8Length(cps[i]); k > 0; k--) {
                out[b++] = i;
            }
        }
        out[bytes] = n;
        return out;
    }

    static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /** HF merge_word: the initial symbols, then all merges. Returns {id, start byte, end byte} triples. */
    private int[] mergeWord(int[] cps, int n) {
        BpeWord word = new BpeWord(n);
        int unkId = -1; // a pending unknown token, -1 for none
        int unkLength = 0;
        for (int i = 0; i < n; i++) {
            int byteLength = utf8Length(cps[i]);
            boolean decorated = (i > 0 && continuingSubwordPrefix != null) || (i == n - 1 && endOfWordSuffix != null);
            if (!decorated && cps[i] < 0x10000 && bmpCharIds[cps[i]] >= 0) {
                if (unkId >= 0) {
                    word.add(unkId, unkLength);
                    unkId = -1;
                }
                word.add(bmpCharIds[cps[i]], byteLength);
                continue;
            }
            String s = Character.toString(cps[i]);
            if (i > 0 && continuingSubwordPrefix != null) {
                s = continuingSubwordPrefix + s;
            }
            if (i == n - 1 && endOfWordSuffix != null) {
                s = s + endOfWordSuffix;
            }
            Integer id = vocab.id(s);
            if (id != null) {
                if (unkId >= 0) {
                    word.add(unkId, unkLength);
                    unkId = -1;
                }
                word.add(id, byteLength);
                continue;
            }
            if (byteFallback && addByteFallback(word, s)) {
                // HF leaves a pending unknown token pending here, so it lands after these bytes
                continue;
            }
            if (unkToken != null) {
                Integer unk = vocab.id(unkToken);
                if (unk == null) {
                    throw new IllegalStateException("BPE unk_token '" + unkToken + "' is not in the vocabulary");
                }
                if (unkId >= 0 && fuseUnk) {
                    unkLength += byteLength;
                } else {
                    if (unkId >= 0) {
                        word.add(unkId, unkLength);
                    }
                    unkId = unk;
                    unkLength = byteLength;
                }
            }
        }
        if (unkId >= 0) {
            word.add(unkId, unkLength);
        }
        word.mergeAll(merges);
        return word.symbols();
    }

    /** Adds the {@code <0xXX>} tokens of every byte of {@code s} when all exist (HF: prefix included). */
    private boolean addByteFallback(BpeWord word, String s) {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int[] ids = new int[utf8.length];
        for (int i = 0; i < utf8.length; i++) {
            Integer id = vocab.id(byteToken(utf8[i]));
            if (id == null) {
                return false;
            }
            ids[i] = id;
        }
        for (int id : ids) {
            word.add(id, 1);
        }
        return true;
    }

    private static final String[] BYTE_TOKENS = new String[256];

    static {
        for (int b = 0; b < 256; b++) {
            BYTE_TOKENS[b] = String.format("<0x%02X>", b);
        }
    }

    /** {@code <0x0A>}: how SentencePiece-style vocabularies name a byte. */
    public static String byteToken(byte b) {
        return BYTE_TOKENS[b & 0xFF];
    }

    @Override
    public OptionalInt tokenToId(String token) {
        return vocab.tokenToId(token);
    }

    @Override
    public Optional<String> idToToken(int id) {
        return vocab.idToToken(id);
    }

    @Override
    public int vocabSize() {
        return vocab.size();
    }

    @Override
    public Map<String, Integer> vocabulary() {
        return vocab.asMap();
    }

    /** The prefix of every non-initial symbol ({@code "##"} in some files), or null. */
    public String continuingSubwordPrefix() {
        return continuingSubwordPrefix;
    }

    /** The suffix of every word's last symbol ({@code "</w>"} in some files), or null. */
    public String endOfWordSuffix() {
        return endOfWordSuffix;
    }

    /** Number of merges (duplicates counted once). */
    public int mergeCount() {
        return merges.size();
    }
}
