package example;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.request.EmbeddingInputType;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.langchain4j.SentenceEncoderEmbeddingModel;
import java.util.List;

/** LangChain4j retrieval over a few documents, embedded by sentence4j. */
public final class Retrieval {
    public static void main(String[] args) {
        List<Document> documents = List.of(
                Document.from("Our office is open Monday to Friday, 9:00 to 17:30."),
                Document.from("Refunds are paid to the original card within 14 days of the return."),
                Document.from("Parcels ship from our Rotterdam warehouse and arrive in two to four working days."),
                Document.from("To reset your password, use the 'Forgot password' link on the sign-in page."));
        List<String> questions = List.of(
                "When can I visit you?",
                "How long until I get my money back?",
                "How quickly will my order be delivered?",
                "I can't log in to my account");
        // e5-small-v2 wants "query: " and "passage: " prefixes; the input types pick them.
        try (SentenceEncoder encoder = SentenceEncoder.load("e5-small-v2-q")) {
            EmbeddingModel model = new SentenceEncoderEmbeddingModel(encoder);
            InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
            EmbeddingStoreIngestor.builder().embeddingModel(model).embeddingStore(store)
                    .embeddingInputType(EmbeddingInputType.DOCUMENT).build().ingest(documents);
            EmbeddingStoreContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
                    .embeddingModel(model).embeddingStore(store)
                    .embeddingInputType(EmbeddingInputType.QUERY).maxResults(1).build();
            for (String question : questions) {
                List<Content> found = retriever.retrieve(Query.from(question));
                System.out.println(question + " -> " + found.get(0).textSegment().text());
            }
        }
    }
}
