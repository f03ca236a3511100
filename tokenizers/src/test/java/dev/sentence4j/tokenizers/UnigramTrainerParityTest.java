package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentence4j.tokenizers.training.MetaspaceWords;
import dev.sentence4j.tokenizers.training.ScoredPiece;
import dev.sentence4j.tokenizers.training.UnigramTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A vocabulary trained by {@link UnigramTrainer}, written as a tokenizer.json (Unigram model,
 * Metaspace pre-tokenizer and decoder, special tokens as added tokens), is loaded by HF tokenizers
 * and encodes held-out text exactly as our Tokenizer does: the trained file is valid for HF.
 */
class UnigramTrainerParityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void trainedVocabularyEncodesHeldOutTextLikeHf() throws IOException {
        List<String> diverse = ParityCorpus.diverse();
        List<String> training = diverse.subList(0, 70);
        List<String> heldOut = new ArrayList<>(diverse.subList(70, diverse.size()));
        heldOut.addAll(List.of("The quick brown fox jumps over the lazy dog.", "quicksilver", "happily happiness",
                "  two  spaces ", "▁▁already marked", "unseen: ☃ 𝄞 ǅ", ""));
        UnigramTrainer trainer = new UnigramTrainer(1000, List.of("<pad>", "<unk>", "<s>", "</s>"), "<unk>");
        List<ScoredPiece> vocab = trainer.train(MetaspaceWords.count(training));
        assertThat(vocab).hasSize(1000); // 889 chars + 4 special tokens + 107 longer pieces
        Path file = write(vocab, trainer.unkId(), List.of("<pad>", "<unk>", "<s>", "</s>"));

        Tokenizer mine = Tokenizer.fromFile(file);
        assertThat(mine.vocabSize()).isEqualTo(1000);
        List<String> failures = new ArrayList<>();
        int tokens = 0;
        int unknown = 0;
        try (Oracle oracle = Oracle.plain(file, true)) {
            List<Oracle.Expected> expected = oracle.encodeBatch(heldOut);
            for (int i = 0; i < heldOut.size(); i++) {
                Encoding e = mine.encode(heldOut.get(i));
                List<String> d = Parity.diff(e, expected.get(i));
                if (!d.isEmpty()) {
                    failures.add("'" + Parity.show(heldOut.get(i)) + "'\n  " + String.join("\n  ", d));
                }
                String decoded = mine.decode(e.ids(), true);
                String oracleDecoded = oracle.decode(e.ids(), true);
                if (!decoded.equals(oracleDecoded)) {
                    failures.add("decode '" + Parity.show(heldOut.get(i)) + "': mine '" + Parity.show(decoded)
                            + "' oracle '" + Parity.show(oracleDecoded) + "'");
                }
                tokens += e.ids().length;
                unknown += (int) Arrays.stream(e.ids()).filter(id -> id == trainer.unkId()).count();
            }
        }
        assertThat(failures).as(failures.size() + " differ; first: " + failures.stream().limit(4).toList()).isEmpty();
        // chars never seen in training become <unk> (diverse.txt's held-out lines hold many), and
        // plain English is covered by pieces longer than a char: fewer tokens than its 44 chars
        assertThat(unknown).isPositive().isLessThan(tokens);
        Encoding fox = mine.encode("The quick brown fox jumps over the lazy dog.");
        assertThat(fox.ids()).doesNotContain(trainer.unkId());
        assertThat(fox.ids().length).isLessThan(44);
    }

    /** tokenizer.json as HF's UnigramTrainer + Metaspace would save it. */
    private static Path write(List<ScoredPiece> vocab, int unkId, List<String> specials) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        ArrayNode added = root.putArray("added_tokens");
        for (int i = 0; i < specials.size(); i++) {
            added.addObject().put("id", i).put("content", specials.get(i)).put("single_word", false)
                    .put("lstrip", false).put("rstrip", false).put("normalized", false).put("special", true);
        }
        root.putNull("normalizer");
        root.putObject("pre_tokenizer").put("type", "Metaspace").put("replacement", "▁")
                .put("prepend_scheme", "always").put("split", true);
        root.putNull("post_processor");
        root.putObject("decoder").put("type", "Metaspace").put("replacement", "▁")
                .put("prepend_scheme", "always").put("split", true);
        ObjectNode model = root.putObject("model");
        model.put("type", "Unigram");
        model.put("unk_id", unkId);
        ArrayNode pieces = model.putArray("vocab");
        for (ScoredPiece p : vocab) {
            pieces.addArray().add(p.piece()).add(p.score());
        }
        model.put("byte_fallback", false);
        Files.createDirectories(Path.of("target"));
        Path file = Files.createTempFile(Path.of("target"), "unigram-trained-", ".json");
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }
}
