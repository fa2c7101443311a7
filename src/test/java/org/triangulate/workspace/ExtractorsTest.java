package org.triangulate.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.nlp.EntityExtractor;
import org.triangulate.nlp.EntityType;

class ExtractorsTest {

    @TempDir
    Path tmp;

    @Test
    void aGazetteerInTheWorkspaceExtendsTheBundledOneAndChangesTheVersion() throws Exception {
        EntityExtractor plain = Extractors.forWorkspace(tmp.resolve("none"));
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Files.writeString(ws.resolve(Extractors.USER_GAZETTEER),
                "ORGANIZATION\tQuokka Analytics Collective\tQAC|Quokka Collective\t\n");
        EntityExtractor custom = Extractors.forWorkspace(ws);
        assertThat(custom.version()).isNotEqualTo(plain.version());
        String body = "Researchers at QAC said the leak was genuine.";
        assertThat(custom.quickPass().orElseThrow().extract(body)).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(m.entity()).isEqualTo("Quokka Analytics Collective");
        });
        assertThat(Extractors.forWorkspace(ws)).isSameAs(custom);
    }
}
