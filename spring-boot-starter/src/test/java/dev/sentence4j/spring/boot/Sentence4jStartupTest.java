package dev.sentence4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.crossencoder.TextPair;
import dev.sentence4j.core.testing.CrossEncoderTestModel;
import dev.sentence4j.core.testing.CrossEncoderTestModel.Spec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Startup as a user sees it: bad properties fail naming the property; close releases the model. */
@ExtendWith(OutputCaptureExtension.class)
class Sentence4jStartupTest {
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    static SpringApplicationBuilder app(String... properties) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).properties(properties);
    }

    @Test
    void anUnknownModelFailsStartupNamingTheProperty(CapturedOutput output) {
        assertThatThrownBy(() -> app("sentence4j.model=no-such-model").run())
                .hasRootCauseInstanceOf(InvalidConfigurationPropertyValueException.class)
                .rootCause().hasMessageContaining("sentence4j.model")
                .hasMessageContaining("no-such-model")
                .hasMessageContaining("all-MiniLM-L6-v2"); // the error lists the embedded models
        // Spring Boot's failure analyzer turns it into this report.
        assertThat(output).contains("Invalid value 'no-such-model' for configuration property 'sentence4j.model'");
    }

    @Test
    void aPromptNameTheModelLacksFailsStartupAndTheEncoderIsClosedWithTheContext() {
        assertThatThrownBy(() -> app("sentence4j.threads=1", "sentence4j.prompt-name=query").run())
                .rootCause().isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("sentence4j.prompt-name")
                .hasMessageContaining("model all-MiniLM-L6-v2 has the prompts []");

        SentenceEncoder encoder;
        try (ConfigurableApplicationContext context = app("sentence4j.threads=1").run()) {
            encoder = context.getBean(SentenceEncoder.class);
            assertThat(encoder.encode("still open")).hasSize(384);
        }
        SentenceEncoder closed = encoder;
        assertThatThrownBy(() -> closed.encode("closed with the context")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBadRerankerModelFailsStartupNamingTheProperty(CapturedOutput output) {
        assertThatThrownBy(() -> app("sentence4j.threads=1", "sentence4j.reranker.model=no-such-reranker").run())
                .rootCause().isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("sentence4j.reranker.model")
                .hasMessageContaining("no-such-reranker");
        assertThat(output).contains("Invalid value 'no-such-reranker' for configuration property 'sentence4j.reranker.model'");

        // an embedding model is not a cross-encoder
        assertThatThrownBy(() -> app("sentence4j.threads=1", "sentence4j.reranker.model=all-MiniLM-L6-v2").run())
                .rootCause().isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("sentence4j.reranker.model")
                .hasMessageContaining("holds an embedding model, not a cross-encoder model");
    }

    @Test
    void withoutARerankerModelThereIsNoRerankerAndItIsClosedWithTheContext(@TempDir Path tmp) {
        try (ConfigurableApplicationContext context = app("sentence4j.threads=1").run()) {
            assertThat(context.getBeanNamesForType(CrossEncoder.class)).isEmpty();
            assertThat(context.getBeanNamesForType(Sentence4jReranker.class)).isEmpty();
        }
        Path model = CrossEncoderTestModel.write(tmp.resolve("reranker"), Spec.reranker());
        assertThatThrownBy(() -> app("sentence4j.threads=1", "sentence4j.reranker.model=" + model,
                "sentence4j.reranker.batch-size=0").run())
                .rootCause().isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("sentence4j.reranker.batch-size");
        CrossEncoder crossEncoder;
        try (ConfigurableApplicationContext context = app("sentence4j.threads=1", "sentence4j.reranker.model=" + model).run()) {
            crossEncoder = context.getBean(CrossEncoder.class);
            assertThat(context.getBean(Sentence4jReranker.class).rank("q", List.of("a", "b"), 0)).hasSize(2);
        }
        CrossEncoder closed = crossEncoder;
        assertThatThrownBy(() -> closed.predict(List.of(TextPair.of("a", "b"))))
                .isInstanceOf(IllegalStateException.class);
    }
}
