package dev.sentence4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.SentenceEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
}
