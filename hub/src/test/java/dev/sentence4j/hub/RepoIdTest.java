package dev.sentence4j.hub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepoIdTest {

    @TempDir
    Path dir;

    @Test
    void hubIdsLookLikeRepoIds() {
        assertThat(HubModelResolver.looksLikeRepoId("sentence-transformers/all-mpnet-base-v2")).isTrue();
        assertThat(HubModelResolver.looksLikeRepoId("BAAI/bge-small-en-v1.5")).isTrue();
        assertThat(HubModelResolver.looksLikeRepoId("intfloat/e5_small.v2")).isTrue();
    }

    @Test
    void pathsAndMalformedIdsDoNot() throws IOException {
        Path local = Files.createDirectories(dir.resolve("org/model"));
        assertThat(HubModelResolver.looksLikeRepoId(local.toString())).isFalse();
        for (String notAnId : new String[] {"bert-base-uncased", "a/b/c", "../model", "./x", "/abs/path",
                "org/na--me", "org/", "/name", "org/name.", "org/na me", "", "C:\\models\\x"}) {
            assertThat(HubModelResolver.looksLikeRepoId(notAnId)).as(notAnId).isFalse();
        }
        assertThat(HubModelResolver.looksLikeRepoId(null)).isFalse();
    }

    @Test
    void cacheFolderNameRoundTrips() {
        RepoId id = RepoId.parse("sentence-transformers/all-MiniLM-L6-v2");
        assertThat(id.folderName()).isEqualTo("models--sentence-transformers--all-MiniLM-L6-v2");
        assertThat(RepoId.fromFolderName(id.folderName())).isEqualTo(id);
        assertThat(RepoId.parse("gpt2").folderName()).isEqualTo("models--gpt2");
        assertThat(RepoId.fromFolderName("datasets--org--name")).isNull();
    }

    @Test
    void invalidIdNamesItAndTheExpectedForm() {
        assertThatThrownBy(() -> RepoId.parse("org/../x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'org/../x'").hasMessageContaining("ORG/NAME");
    }
}
