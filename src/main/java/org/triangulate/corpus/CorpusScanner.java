package org.triangulate.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the articles in a corpus folder. Problems with single files or sub-folders (unknown type, unreadable,
 * link loops, links leading out of the folder) are reported in the result so one bad file never hides the rest.
 */
public final class CorpusScanner {

    /** Sidecar metadata files sit next to their article and are read with it, never on their own. */
    public static final String SIDECAR_SUFFIX = ".meta.json";

    public ScanResult scan(Path root) throws IOException {
        Path start = root.toAbsolutePath().normalize();
        if (!Files.exists(start)) {
            throw new IOException("corpus folder does not exist: " + root);
        }
        if (Files.isRegularFile(start)) {
            return scanSingleFile(start);
        }
        if (!Files.isDirectory(start)) {
            throw new IOException("corpus folder is not a folder: " + root);
        }
        Walker walker = new Walker(start, start.toRealPath());
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walker);
        walker.files.sort(Comparator.comparing(CorpusFile::relativePath));
        walker.skipped.sort(Comparator.comparing(SkippedFile::file));
        return new ScanResult(walker.files, walker.skipped);
    }

    private ScanResult scanSingleFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (ArticleFormat.of(name).isEmpty()) {
            return new ScanResult(List.of(), List.of(new SkippedFile(name, unsupportedReason(name))));
        }
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        return new ScanResult(List.of(new CorpusFile(file, name, attrs.size(), attrs.lastModifiedTime().toMillis())),
                List.of());
    }

    static String unsupportedReason(String fileName) {
        String ext = ArticleFormat.extension(fileName);
        return ext.isEmpty() ? "unsupported file type (no extension)" : "unsupported file type " + ext;
    }

    /** README and LICENCE files describe a folder; they are not articles. */
    static boolean isFolderNote(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String stem = dot > 0 ? lower.substring(0, dot) : lower;
        return stem.equals("readme") || stem.equals("license") || stem.equals("licence");
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path realRoot;
        private final List<CorpusFile> files = new ArrayList<>();
        private final List<SkippedFile> skipped = new ArrayList<>();

        Walker(Path root, Path realRoot) {
            this.root = root;
            this.realRoot = realRoot;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
            }
            if (isHidden(dir)) {
                return FileVisitResult.SKIP_SUBTREE; // .git, .cache and the like are never articles
            }
            if (Files.isSymbolicLink(dir) && !staysInside(dir)) {
                skip(dir, "link points outside the corpus folder");
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (isHidden(file) || name.endsWith(SIDECAR_SUFFIX) || isFolderNote(name)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                // attributes of the link itself: the walker could not follow it
                skip(file, "broken symbolic link");
                return FileVisitResult.CONTINUE;
            }
            if (Files.isSymbolicLink(file) && !staysInside(file)) {
                skip(file, "link points outside the corpus folder");
                return FileVisitResult.CONTINUE;
            }
            if (!attrs.isRegularFile()) {
                skip(file, "not a regular file");
                return FileVisitResult.CONTINUE;
            }
            if (ArticleFormat.of(name).isEmpty()) {
                skip(file, unsupportedReason(name));
                return FileVisitResult.CONTINUE;
            }
            if (!Files.isReadable(file)) {
                skip(file, "unreadable file (permission denied)");
                return FileVisitResult.CONTINUE;
            }
            files.add(new CorpusFile(file, relative(file), attrs.size(), attrs.lastModifiedTime().toMillis()));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            if (!isHidden(file)) {
                skip(file, describe(exc));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (exc != null) {
                skip(dir, "folder could not be read completely: " + describe(exc));
            }
            return FileVisitResult.CONTINUE;
        }

        private boolean staysInside(Path link) {
            try {
                return link.toRealPath().startsWith(realRoot);
            } catch (IOException e) {
                return false;
            }
        }

        private void skip(Path path, String reason) {
            skipped.add(new SkippedFile(relative(path), reason));
        }

        private String relative(Path path) {
            java.util.StringJoiner joined = new java.util.StringJoiner("/");
            root.relativize(path).forEach(part -> joined.add(part.toString()));
            return joined.toString(); // join the path's parts: a '\\' inside a Linux file name is a character, not a separator
        }

        private static String describe(IOException exc) {
            if (exc instanceof FileSystemLoopException) {
                return "symbolic link loop";
            }
            if (exc instanceof AccessDeniedException) {
                return "unreadable (permission denied)";
            }
            if (exc instanceof NoSuchFileException) {
                return "vanished while scanning";
            }
            return "unreadable: " + exc.getMessage();
        }
    }
}
