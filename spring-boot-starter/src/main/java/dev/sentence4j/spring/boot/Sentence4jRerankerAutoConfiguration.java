package dev.sentence4j.spring.boot;

import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.crossencoder.PredictOptions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * A {@link CrossEncoder} and a {@link Sentence4jReranker} on it, when
 * {@code sentence4j.reranker.model} is set ({@link Sentence4jRerankerProperties}). Either bean,
 * defined by the application, replaces this one. The cross-encoder is closed with the context; a
 * value that cannot be used fails startup naming its property.
 */
@AutoConfiguration
@ConditionalOnClass(CrossEncoder.class)
@ConditionalOnProperty(prefix = "sentence4j.reranker", name = "model")
@EnableConfigurationProperties(Sentence4jRerankerProperties.class)
public class Sentence4jRerankerAutoConfiguration {

    /** The cross-encoder the properties describe; closed with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public CrossEncoder crossEncoder(Sentence4jRerankerProperties properties) {
        return modelProperties(properties).open(CrossEncoder::load);
    }

    /** The reranker on that cross-encoder, with the batch size property. */
    @Bean
    @ConditionalOnMissingBean
    public Sentence4jReranker sentence4jReranker(CrossEncoder crossEncoder, Sentence4jRerankerProperties properties) {
        ModelProperties model = modelProperties(properties);
        if (properties.batchSize() <= 0) {
            throw model.invalid("batch-size", properties.batchSize(), "must be > 0");
        }
        try {
            return new Sentence4jReranker(crossEncoder, PredictOptions.defaults().withBatchSize(properties.batchSize()));
        } catch (IllegalArgumentException e) {
            throw model.invalid("model", properties.model(), e.getMessage());
        }
    }

    private static ModelProperties modelProperties(Sentence4jRerankerProperties p) {
        return new ModelProperties("sentence4j.reranker", p.model(), p.onnxFile(), p.revision(), p.threads());
    }
}
