package dev.sentence4j.tokenizers;

import dev.sentence4j.tokenizers.decoder.Decoder;
import dev.sentence4j.tokenizers.model.Model;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;
import dev.sentence4j.tokenizers.processor.PostProcessor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * A Hugging Face {@code tokenizer.json} tokenizer in pure Java, producing what HF tokenizers
 * (Rust) produces: normalizer, pre-tokenizer, model, post-processor, decoder, added tokens,
 * truncation and padding. Immutable and thread-safe.
 */
public final class Tokenizer {

    private final String source;
    private final Normalizer normalizer; // nullable
    private final PreTokenizer preTokenizer; // nullable
    private final Model model;
    private final PostProcessor postProcessor; // nullable
    private final Decoder decoder; // nullable
    private final AddedVocabulary addedVocabulary;
    private final Truncation truncation; // nullable
    private final Padding padding; // nullable
    private final boolean keepOverflowing; // HF's behaviour; false lets a long text be tokenized by prefix
    private final boolean prefixApplies; // PrefixBound.applies, computed once

    Tokenizer(String source, Normalizer normalizer, PreTokenizer preTokenizer, Model model,
              PostProcessor postProcessor, Decoder decoder, AddedVocabulary addedVocabulary,
              Truncation truncation, Padding padding) {
        this(source, normalizer, preTokenizer, model, postProcessor, decoder, addedVocabulary, truncation, padding, true);
    }

    private Tokenizer(String source, Normalizer normalizer, PreTokenizer preTokenizer, Model model,
              PostProcessor postProcessor, Decoder decoder, AddedVocabulary addedVocabulary,
              Truncation truncation, Padding padding, boolean keepOverflowing) {
        this.source = source;
        this.normalizer = normalizer;
        this.preTokenizer = preTokenizer;
        this.model = model;
        this.postProcessor = postProcessor;
        this.decoder = decoder;
        this.addedVocabulary = addedVocabulary;
        this.truncation = truncation;
        this.padding = padding;
        this.keepOverflowing = keepOverflowing;
        this.prefixApplies = PrefixBound.applies(normalizer, preTokenizer, addedVocabulary.tokens());
    }

    /** Loads a {@code tokenizer.json} file. */
    public static Tokenizer fromFile(Path tokenizerJson) {
        if (tokenizerJson == null) {
            throw new IllegalArgumentException("tokenizerJson must not be null");
        }
        return TokenizerJson.load(tokenizerJson);
    }

    /** Parses {@code tokenizer.json} content; {@code sourceName} names it in error messages. */
    public static Tokenizer fromJson(String json, String sourceName) {
        if (json == null) {
            throw new IllegalArgumentException("json must not be null");
        }
        return TokenizerJson.parse(json, sourceName == null ? "<json>" : sourceName);
    }

    /**
     * Loads a model directory: its {@code tokenizer.json} if present, else the legacy
     * {@code vocab.txt} with {@code tokenizer_config.json} / {@code special_tokens_map.json}
     * (a BERT tokenizer, as HF's BertTokenizerFast conversion builds it).
     */
    public static Tokenizer fromPretrainedDirectory(Path dir) {
        if (dir == null) {
            throw new IllegalArgumentException("dir must not be null");
        }
        Path json = dir.resolve("tokenizer.json");
        if (java.nio.file.Files.isRegularFile(json)) {
            return fromFile(json);
        }
        return LegacyVocab.load(dir);
    }

    /** Where this tokenizer was loaded from. */
    public String source() {
        return source;
    }

    // ---- encoding ----

    public Encoding encode(String text) {
        return encode(text, true);
    }

    public Encoding encode(String text, boolean addSpecialTokens) {
        requireText(text, "text");
        return pad(List.of(encodeSingle(text, addSpecialTokens))).get(0);
    }

    /**
     * One sequence, truncated and post-processed. Without overflowing tokens and with right
     * truncation, a long text is tokenized only as far as the kept tokens need (PrefixBound), so
     * the memory used follows max_length rather than the text; the kept tokens are the same.
     */
    private Encoding encodeSingle(String text, boolean addSpecialTokens) {
        Encoding e = null;
        if (!keepOverflowing && prefixApplies && truncation != null && truncation.direction() == Direction.RIGHT) {
            int added = postProcessor == null || !addSpecialTokens ? 0 : postProcessor.addedTokens(false);
            // One token more than is kept: when the whole text has more, so does the prefix, and
            // truncation then cuts something, so overflowing says that the text was cut.
            e = encodePrefix(text, Math.max(0, truncation.maxLength() - added) + 1);
        }
        if (e == null) {
            e = encodeSequence(text, 0);
        }
        return postProcess(e, null, addSpecialTokens, text, null);
    }

    /** The encoding of the shortest tried prefix giving at least {@code keep} tokens, or null: tokenize it all. */
    private Encoding encodePrefix(String text, int keep) {
        long from = Math.max(1024L, (long) keep * PrefixBound.CHARS_PER_TOKEN);
        while (from < text.length()) {
            int cut = PrefixBound.cut(text, (int) from);
            if (cut < 0) {
                return null;
            }
            Encoding e = encodeSequence(text.substring(0, cut), 0);
            if (e.length() >= keep) {
                return e;
            }
            from = 2L * cut;
        }
        return null;
    }

    public Encoding encodePair(String a, String b) {
        return encodePair(a, b, true);
    }

    public Encoding encodePair(String a, String b, boolean addSpecialTokens) {
        requireText(a, "a");
        requireText(b, "b");
        Encoding ea = encodeSequence(a, 0);
        Encoding eb = encodeSequence(b, 1);
        return pad(List.of(postProcess(ea, eb, addSpecialTokens, a, b))).get(0);
    }

    public List<Encoding> encodeBatch(List<String> texts) {
        return encodeBatch(texts, true);
    }

    /** Encodes in parallel; padding (if set) is applied across the batch, as HF encode_batch does. */
    public List<Encoding> encodeBatch(List<String> texts, boolean addSpecialTokens) {
        if (texts == null) {
            throw new IllegalArgumentException("texts must not be null");
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null) {
                throw new IllegalArgumentException("texts[" + i + "] must not be null");
            }
        }
        Encoding[] out = new Encoding[texts.size()];
        IntStream.range(0, texts.size()).parallel()
                .forEach(i -> out[i] = encodeSingle(texts.get(i), addSpecialTokens));
        return pad(Arrays.asList(out));
    }

    private static void requireText(String text, String name) {
        if (text == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    /** HF encode_single_sequence: added tokens, normalize, pre-tokenize, model; char offsets. */
    private Encoding encodeSequence(String text, int typeId) {
        PreTokenizedString pts = addedVocabulary.extractAndNormalize(normalizer, text);
        if (preTokenizer != null) {
            preTokenizer.preTokenize(pts);
        }
        List<PreTokenizedString.Piece> pieces = pts.pieces();
        int total = 0;
        List<List<Token>> tokenLists = new ArrayList<>(pieces.size());
        for (PreTokenizedString.Piece p : pieces) {
            List<Token> tokens = p.tokens() != null ? p.tokens() : model.tokenize(p.normalized());
            tokenLists.add(tokens);
            total += tokens.size();
        }
        int[] ids = new int[total];
        int[] typeIds = new int[total];
        String[] tokens = new String[total];
        int[] words = new int[total];
        int[] offsets = new int[2 * total];
        int k = 0;
        for (int w = 0; w < pieces.size(); w++) {
            NormalizedString ns = pieces.get(w).normalized();
            for (Token t : tokenLists.get(w)) {
                ids[k] = t.id();
                typeIds[k] = typeId;
                tokens[k] = t.value();
                words[k] = w;
                offsets[2 * k] = ns.originalStartOf(t.start(), t.end());
                offsets[2 * k + 1] = ns.originalEndOf(t.start(), t.end());
                k++;
            }
        }
        int[] ones = new int[total];
        Arrays.fill(ones, 1);
        int[] sequence = new int[total];
        Arrays.fill(sequence, typeId);
        return Encoding.of(ids, typeIds, tokens, words, offsets, new int[total], ones, sequence, List.of());
    }

    /** HF post_process: truncate (leaving room for special tokens), then the post-processor. */
    private Encoding postProcess(Encoding a, Encoding b, boolean addSpecialTokens, String textA, String textB) {
        if (truncation != null) {
            int added = postProcessor == null || !addSpecialTokens ? 0 : postProcessor.addedTokens(b != null);
            int maxLength = Math.max(0, truncation.maxLength() - added);
            Encoding[] truncated = Truncations.truncate(a, b, maxLength, truncation);
            a = truncated[0];
            b = truncated[1];
        }
        if (postProcessor != null) {
            return postProcessor.process(a, b, addSpecialTokens, textA, textB);
        }
        return b == null ? Encoding.merge(List.of(a)) : Encoding.merge(List.of(a, b));
    }

    private List<Encoding> pad(List<Encoding> encodings) {
        if (padding == null || encodings.isEmpty()) {
            return encodings;
        }
        int longest = 0;
        for (Encoding e : encodings) {
            longest = Math.max(longest, e.length());
        }
        int target = padding.targetLength(longest);
        List<Encoding> out = new ArrayList<>(encodings.size());
        for (Encoding e : encodings) {
            out.add(e.pad(target, padding.padId(), padding.padTypeId(), padding.padToken(), padding.direction()));
        }
        return out;
    }

    // ---- settings ----

    /** A copy with other truncation settings (null turns truncation off). */
    public Tokenizer withTruncation(Truncation t) {
        if (t != null && postProcessor != null) {
            int effective = t.maxLength() - postProcessor.addedTokens(false);
            if (t.stride() > 0 && effective <= t.stride()) {
                throw new IllegalArgumentException("truncation stride " + t.stride() + " must be less than the"
                        + " effective max length " + effective + " (= max length " + t.maxLength() + " - "
                        + postProcessor.addedTokens(false) + " added special tokens)");
            }
        }
        return new Tokenizer(source, normalizer, preTokenizer, model, postProcessor, decoder, addedVocabulary, t,
                padding, keepOverflowing);
    }

    /**
     * A copy that tokenizes a long text only as far as the kept tokens need (when its components
     * allow, see PrefixBound), so memory follows max_length rather than the input: what an
     * embedding model wants. The kept tokens are identical to HF's. The encoding's overflowing
     * tokens then hold only part of what truncation cut (from the prefix), which an embedding
     * model never reads; they are non-empty exactly when the text was cut.
     */
    public Tokenizer truncatingByPrefix() {
        return new Tokenizer(source, normalizer, preTokenizer, model, postProcessor, decoder, addedVocabulary,
                truncation, padding, false);
    }

    /** Whether {@link #truncatingByPrefix} encodings of long texts tokenize only a prefix (tests). */
    boolean tokenizesByPrefix() {
        return prefixApplies;
    }

    /** A copy with other padding settings (null turns padding off). */
    public Tokenizer withPadding(Padding p) {
        return new Tokenizer(source, normalizer, preTokenizer, model, postProcessor, decoder, addedVocabulary,
                truncation, p, keepOverflowing);
    }

    /** The truncation settings, or null when off. */
    public Truncation truncation() {
        return truncation;
    }

    /** The padding settings, or null when off. */
    public Padding padding() {
        return padding;
    }

    /** The normalizer, or null. */
    public Normalizer normalizer() {
        return normalizer;
    }

    /** The pre-tokenizer, or null. */
    public PreTokenizer preTokenizer() {
        return preTokenizer;
    }

    public Model model() {
        return model;
    }

    /** The post-processor, or null. */
    public PostProcessor postProcessor() {
        return postProcessor;
    }

    /** The decoder, or null. */
    public Decoder decoder() {
        return decoder;
    }

    /** The added tokens, as in the file. */
    public List<AddedToken> addedTokens() {
        return addedVocabulary.tokens();
    }

    // ---- vocabulary ----

    /** HF decode: ids to tokens (added tokens first), optionally without special tokens, then the decoder. */
    public String decode(int[] ids, boolean skipSpecialTokens) {
        if (ids == null) {
            throw new IllegalArgumentException("ids must not be null");
        }
        List<String> tokens = new ArrayList<>(ids.length);
        for (int id : ids) {
            Optional<String> token = idToToken(id);
            if (token.isEmpty()) {
                continue;
            }
            if (skipSpecialTokens && addedVocabulary.isSpecial(token.get())) {
                continue;
            }
            tokens.add(token.get());
        }
        if (decoder != null) {
            return decoder.decode(tokens);
        }
        return String.join(" ", tokens);
    }

    public OptionalInt tokenToId(String token) {
        if (token == null) {
            throw new IllegalArgumentException("token must not be null");
        }
        Integer id = addedVocabulary.idOf(token);
        return id != null ? OptionalInt.of(id) : model.tokenToId(token);
    }

    public Optional<String> idToToken(int id) {
        AddedToken t = addedVocabulary.tokenOf(id);
        return t != null ? Optional.of(t.content()) : model.idToToken(id);
    }

    /** Vocabulary size, added tokens included (HF get_vocab_size(true)). */
    public int vocabSize() {
        return vocabulary().size();
    }

    /** Token to id, added tokens included (HF get_vocab(true)). */
    public Map<String, Integer> vocabulary() {
        Map<String, Integer> all = new HashMap<>(model.vocabulary());
        for (AddedToken t : addedVocabulary.tokens()) {
            all.put(t.content(), t.id());
        }
        return Collections.unmodifiableMap(all);
    }

    @Override
    public String toString() {
        return "Tokenizer[" + source + "]";
    }
}
