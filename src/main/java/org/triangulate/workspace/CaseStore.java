package org.triangulate.workspace;

import org.triangulate.casefile.CaseFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes the case file of a workspace. Saving never destroys the previous save (temp file, fsync,
 * atomic rename, previous version kept as {@code .bak}); a file that fails to parse is moved aside, never
 * overwritten, and the caller is told so it can offer the backup.
 */
public final class CaseStore {

    public static final String FILE_NAME = "case.json";

    private final Path file;

    public CaseStore(Path workspaceDir) {
        this.file = workspaceDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /**
     * What loading found.
     *
     * @param kase          the case to work on (empty when there was none or it could not be read)
     * @param problem       null, or what went wrong, in words for the analyst
     * @param damagedCopy   where an unreadable file was moved, or null
     * @param backupReadable true when the {@code .bak} of the previous save can be restored with {@link #restoreBackup()}
     */
    public record Loaded(CaseFile kase, String problem, Path damagedCopy, boolean backupReadable) {
    }

    public Loaded load() throws IOException {
        deleteStaleTempFiles();
        if (!Files.exists(file)) {
            return new Loaded(CaseFile.empty(), null, null, false);
        }
        try {
            CaseFile kase = read(file);
            String problem = kase.formatVersion() > CaseFile.FORMAT_VERSION
                    ? "the case was saved by a newer Triangulate (format " + kase.formatVersion() + "); parts it added may be lost on save"
                    : null;
            return new Loaded(problem == null ? kase.inCurrentFormat() : kase, problem, null, false);
        } catch (IOException | RuntimeException e) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path aside = file.resolveSibling(FILE_NAME + ".damaged-" + stamp);
            Files.move(file, aside);
            boolean backup = readable(AtomicFiles.backupOf(file));
            if (backup) {
                // The next saves rotate case.json.bak; keep the last good save where they cannot reach it.
                Files.copy(AtomicFiles.backupOf(file), lastGood(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return new Loaded(CaseFile.empty(), "the case file could not be read (" + firstLine(e) + "); it was kept as "
                    + aside.getFileName() + (backup ? " and the previous save can be restored" : ""), aside, backup);
        }
    }

    /**
     * Replaces the current case with the last good save (kept aside when a damaged file was found, else the
     * backup of the previous save), and returns it.
     */
    public CaseFile restoreBackup() throws IOException {
        CaseFile kase = read(Files.exists(lastGood()) ? lastGood() : AtomicFiles.backupOf(file));
        save(kase);
        return kase;
    }

    /** A save killed half-way leaves its temp file behind (the real file is untouched): tidy those up. */
    private void deleteStaleTempFiles() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (var leftovers = Files.newDirectoryStream(dir, "." + FILE_NAME + ".*.tmp")) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Path lastGood() {
        return file.resolveSibling(FILE_NAME + ".last-good");
    }

    public void save(CaseFile kase) throws IOException {
        AtomicFiles.write(file, Json.mapper().writeValueAsBytes(kase));
    }

    private static CaseFile read(Path path) throws IOException {
        CaseFile kase = Json.mapper().readValue(path.toFile(), CaseFile.class);
        if (kase == null) {
            throw new IOException("empty file");
        }
        return kase;
    }

    private static boolean readable(Path path) {
        try {
            return Files.exists(path) && read(path) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
