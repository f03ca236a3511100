package example;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.search.Hit;
import dev.sentence4j.core.search.SemanticSearch;
import dev.sentence4j.core.similarity.Similarity;
import java.util.List;

/** Semantic search over a few sentences with the embedded all-MiniLM-L6-v2. */
public final class PlainJava {
    public static void main(String[] args) {
        List<String> corpus = List.of(
                "A man is eating food.",
                "A man is riding a white horse on an enclosed ground.",
                "A monkey is playing drums.",
                "Two men pushed carts through the woods.",
                "A cheetah is running behind its prey.");
        String query = args.length > 0 ? String.join(" ", args) : "Someone is having a meal.";
        try (SentenceEncoder encoder = SentenceEncoder.load("all-MiniLM-L6-v2")) {
            Embeddings vectors = encoder.encode(corpus);
            List<Hit> hits = SemanticSearch.search(encoder.encode(query), vectors, 3, Similarity.COSINE);
            System.out.println("Query: " + query);
            for (Hit hit : hits) {
                System.out.printf("%.4f  %s%n", hit.score(), corpus.get(hit.corpusId()));
            }
        }
    }
}
