package dev.sentence4j.spring.boot;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.springai.SentenceEncoderEmbeddingModel;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;

/**
 * A {@link SentenceEncoder} and a Spring AI {@link EmbeddingModel} on it, from the
 * {@code sentence4j.*} properties ({@link Sentence4jProperties}). Either bean, defined by the
 * application, replaces this one. The encoder is closed with the context (its ONNX Runtime session
 * is native memory). A value that cannot be used fails startup with an
 * {@link InvalidConfigurationPropertyValueException} naming the property, which Spring Boot reports
 * as "Invalid value ... for configuration property ...".
 */
@AutoConfiguration
@ConditionalOnClass({SentenceEncoder.class, EmbeddingModel.class})
@EnableConfigurationProperties(Sentence4jProperties.class)
public class Sentence4jAutoConfiguration {

    /** The encoder the properties describe; closed with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public SentenceEncoder sentenceEncoder(Sentence4jProperties properties) {
        return new ModelProperties("sentence4j", properties.model(), properties.onnxFile(), properties.revision(),
                properties.threads()).open(SentenceEncoder::load);
    }

    /** The Spring AI embedding model on that encoder, with the encode properties. */
    @Bean
    @ConditionalOnMissingBean(EmbeddingModel.class)
    public SentenceEncoderEmbeddingModel sentenceEncoderEmbeddingModel(SentenceEncoder encoder,
            Sentence4jProperties properties) {
        if (properties.batchSize() <= 0) {
            throw invalid("batch-size", properties.batchSize(), "must be > 0");
        }
        if (properties.promptName() != null && !encoder.info().prompts().containsKey(properties.promptName())) {
            throw invalid("prompt-name", properties.promptName(), "model " + encoder.info().name()
                    + " has the prompts " + encoder.info().prompts().keySet());
        }
        EncodeOptions options = EncodeOptions.defaults().withBatchSize(properties.batchSize())
                .withNormalize(properties.normalize()).withPrompt(properties.prompt())
                .withPromptName(properties.promptName());
        return new SentenceEncoderEmbeddingModel(encoder, options, properties.metadataMode());
    }

    private static InvalidConfigurationPropertyValueException invalid(String property, Object value, String reason) {
        return new InvalidConfigurationPropertyValueException("sentence4j." + property, value, reason);
    }
}
