package org.triangulate.workspace;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triangulate.corpus.ArticleId;

/**
 * Where Triangulate keeps things on disk, resolved in one place. Follows the XDG base directories on Linux
 * ({@code $XDG_DATA_HOME/triangulate}, {@code $XDG_CONFIG_HOME/triangulate}); the system property
 * {@code triangulate.home} puts everything under one folder instead (tests and portable installs use it).
 */
public final class AppPaths {

    public static final String HOME_PROPERTY = "triangulate.home";
    public static final String CORPUS_PROPERTY = "triangulate.corpus";

    private final Path dataDir;
    private final Path configDir;

    public AppPaths(Path dataDir, Path configDir) {
        this.dataDir = dataDir;
        this.configDir = configDir;
    }

    /** Paths for this user, honouring {@code triangulate.home} and the XDG variables. */
    public static AppPaths forCurrentUser() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            Path base = Path.of(home).toAbsolutePath();
            return new AppPaths(base.resolve("data"), base.resolve("config"));
        }
        Path userHome = Path.of(System.getProperty("user.home"));
        return new AppPaths(xdg("XDG_DATA_HOME", userHome.resolve(".local/share")).resolve("triangulate"),
                xdg("XDG_CONFIG_HOME", userHome.resolve(".config")).resolve("triangulate"));
    }

    private static Path xdg(String variable, Path fallback) {
        String value = System.getenv(variable);
        // The spec says relative paths are invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path configDir() {
        return configDir;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /**
     * The default workspace of a corpus folder: one per folder, named so an analyst browsing the data dir can
     * tell which is which, and keyed by the folder's absolute path so two folders of the same name do not clash.
     */
    public Path workspaceFor(Path corpusDir) {
        Path absolute = corpusDir.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "root" : absolute.getFileName().toString();
        String safe = name.replaceAll("[^\\p{Alnum}._-]", "_").toLowerCase(Locale.ROOT);
        if (safe.length() > 40) {
            safe = safe.substring(0, 40);
        }
        return dataDir.resolve("workspaces").resolve(safe + "-" + ArticleId.sha256Hex(absolute.toString()).substring(0, 10));
    }

    /**
     * The sample corpus that ships with Triangulate: the {@code triangulate.corpus} property if set, else a
     * {@code corpus} folder next to the application (the packaged app) or next to {@code target/} (a build of the
     * repository), else {@code ./corpus}.
     */
    public static Path bundledCorpus() {
        String property = System.getProperty(CORPUS_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        List<Path> candidates = new ArrayList<>();
        Path codeDir = codeLocation();
        if (codeDir != null) {
            candidates.add(codeDir.resolve("corpus"));
            if (codeDir.getParent() != null) {
                candidates.add(codeDir.getParent().resolve("corpus"));
                if (codeDir.getParent().getParent() != null) {
                    candidates.add(codeDir.getParent().getParent().resolve("corpus"));
                }
            }
        }
        candidates.add(Path.of("corpus").toAbsolutePath());
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        return Path.of("corpus").toAbsolutePath();
    }

    /** The folder holding our jar (or classes folder). */
    private static Path codeLocation() {
        try {
            var source = AppPaths.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? location.getParent() : location;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
