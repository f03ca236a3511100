package example;

import java.util.List;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.vectorstore.SearchRequest;
import org.springframework.ai.vectorstore.SimpleVectorStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Semantic search over a small catalogue, with the EmbeddingModel bean the sentence4j starter provides. */
@RestController
public class SearchController {
    /** One search result. */
    public record Hit(String text, double score) {
    }

    private final SimpleVectorStore store;

    public SearchController(EmbeddingModel embeddingModel) {
        store = SimpleVectorStore.builder(embeddingModel).build();
        store.add(List.of(
                new Document("A waterproof hiking jacket with a hood and taped seams."),
                new Document("A cast-iron skillet for searing steaks and baking cornbread."),
                new Document("Noise-cancelling headphones with 30 hours of battery life."),
                new Document("A children's picture book about a bear who learns to share."),
                new Document("An ergonomic office chair with adjustable lumbar support.")));
    }

    @GetMapping("/search")
    public List<Hit> search(@RequestParam String q, @RequestParam(defaultValue = "3") int k) {
        return store.similaritySearch(SearchRequest.builder().query(q).topK(k).build()).stream()
                .map(d -> new Hit(d.getText(), d.getScore()))
                .toList();
    }
}
