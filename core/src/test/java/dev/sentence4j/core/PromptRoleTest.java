package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * encode_query / encode_document as sentence-transformers v5 defines them
 * (SentenceTransformer.encode_query: the "query" prompt; encode_document: the first of
 * "document", "passage", "corpus"), checked by hand on prompt maps and, on the embedded models,
 * against encoding the literally prefixed text (the model cards' own instruction).
 */
class PromptRoleTest {
    static final String TEXT = "how much protein should a female eat";

    @Test
    void resolvesTheFirstCandidateTheModelHas() {
        Map<String, String> all = Map.of("query", "q: ", "document", "d: ", "passage", "p: ", "corpus", "c: ");
        assertThat(PromptRole.QUERY.promptName(all)).isEqualTo("query");
        assertThat(PromptRole.DOCUMENT.promptName(all)).isEqualTo("document");
        assertThat(PromptRole.DOCUMENT.promptName(Map.of("passage", "p: ", "corpus", "c: "))).isEqualTo("passage");
        assertThat(PromptRole.DOCUMENT.promptName(Map.of("corpus", "c: ", "query", "q: "))).isEqualTo("corpus");
        assertThat(PromptRole.DOCUMENT.promptName(Map.of("query", "q: "))).isNull();
        assertThat(PromptRole.QUERY.promptName(Map.of("passage", "p: "))).isNull();
        assertThat(PromptRole.QUERY.promptName(Map.of())).isNull();
    }

    @Test
    void anExplicitPromptWins() {
        ModelInfo e5 = SharedEncoders.get("e5-small-v2-q").info();
        EncodeOptions named = EncodeOptions.defaults().withPromptName("passage");
        assertThat(PromptRole.QUERY.apply(named, e5)).isSameAs(named);
        EncodeOptions text = EncodeOptions.defaults().withPrompt("custom: ");
        assertThat(PromptRole.DOCUMENT.apply(text, e5)).isSameAs(text);
        assertThat(PromptRole.QUERY.apply(EncodeOptions.defaults(), e5).promptName()).isEqualTo("query");
    }

    @Test
    void parseNamesWhatIsAccepted() {
        assertThat(PromptRole.parse("Query")).isEqualTo(PromptRole.QUERY);
        assertThat(PromptRole.parse("document")).isEqualTo(PromptRole.DOCUMENT);
        assertThatThrownBy(() -> PromptRole.parse("passage")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected \"query\" or \"document\", found \"passage\"");
    }

    /** One text per call: the int8 graphs quantize per batch, so only single-text runs compare exactly. */
    @Test
    void e5QueryAndPassagePrefixes() {
        SentenceEncoder e5 = SharedEncoders.get("e5-small-v2-q");
        assertThat(e5.encodeQuery(List.of(TEXT)).row(0))
                .containsExactly(e5.encode("query: " + TEXT), within(1e-6f));
        assertThat(e5.encodeDocument(List.of(TEXT)).row(0))
                .containsExactly(e5.encode("passage: " + TEXT), within(1e-6f));
    }

    @Test
    void bgeQueryInstructionAndBareDocuments() {
        SentenceEncoder bge = SharedEncoders.get("bge-small-en-v1.5-q");
        // The instruction from BAAI's model card for retrieval queries; passages get none.
        assertThat(bge.encodeQuery(List.of(TEXT)).row(0)).containsExactly(
                bge.encode("Represent this sentence for searching relevant passages: " + TEXT), within(1e-6f));
        assertThat(bge.encodeDocument(List.of(TEXT)).row(0)).containsExactly(bge.encode(TEXT), within(1e-6f));
    }

    @Test
    void miniLmHasNeitherPrompt() {
        SentenceEncoder miniLm = SharedEncoders.miniLm();
        assertThat(PromptRole.QUERY.promptName(miniLm.info())).isNull();
        assertThat(PromptRole.DOCUMENT.promptName(miniLm.info())).isNull();
        assertThat(miniLm.encodeQuery(List.of(TEXT)).row(0)).containsExactly(miniLm.encode(TEXT), within(1e-6f));
        assertThat(miniLm.encodeDocument(List.of(TEXT)).row(0)).containsExactly(miniLm.encode(TEXT), within(1e-6f));
    }
}
