package org.triangulate.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogConfiguratorTest {

    @TempDir
    Path tmp;

    @Test
    void commandsLogOnlyWarningsToStderr() {
        LoggerContext context = new LoggerContext();
        LogConfigurator.apply(context, null);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isNotNull();
        assertThat(root.getAppender("FILE")).isNull();
        context.stop();
    }

    @Test
    void theAppKeepsAnInfoLogFileBesideTheWarningsOnStderr() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // logback's provider sets one
        Path dir = tmp.resolve("logs");
        LogConfigurator.apply(context, dir);
        context.start(); // as logback's own initialisation does after configuring
        context.getLogger("org.triangulate.Test").info("opened the corpus");
        context.getLogger("org.triangulate.Test").debug("not kept");
        context.stop();
        String log = Files.readString(dir.resolve("triangulate.log"));
        assertThat(log).contains("INFO  org.triangulate.Test - opened the corpus").doesNotContain("not kept");
    }

    @Test
    void theLogDirectoryFollowsTheProperty() {
        String before = System.getProperty("triangulate.log.dir");
        System.setProperty("triangulate.log.dir", tmp.toString());
        try {
            assertThat(LogConfigurator.logDir()).isEqualTo(tmp);
        } finally {
            if (before == null) {
                System.clearProperty("triangulate.log.dir");
            } else {
                System.setProperty("triangulate.log.dir", before);
            }
        }
    }
}
