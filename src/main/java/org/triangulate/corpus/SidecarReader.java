package org.triangulate.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the metadata an analyst (or a download tool) put beside an article in {@code <file>.meta.json}. It is the
 * most trusted source because someone wrote it on purpose.
 */
final class SidecarReader {

    static final String ORIGIN = "sidecar";

    /** Sidecars are a handful of fields; anything bigger is not one. */
    private static final long MAX_BYTES = 1024 * 1024;

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SidecarJson(String title, String outlet, String source, String url, String date, String published,
                       String language) {
    }

    /**
     * The sidecar's metadata, or null when there is no sidecar. Problems with it are added to {@code warnings}:
     * a broken sidecar must not cost the analyst the article.
     */
    MetaSource read(Path articlePath, List<String> warnings) {
        Path sidecar = articlePath.resolveSibling(articlePath.getFileName() + CorpusScanner.SIDECAR_SUFFIX);
        if (!Files.exists(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        // a link could lead out of the corpus folder; a sidecar belongs beside its article
        if (!Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            warnings.add("sidecar " + sidecar.getFileName() + " ignored: not a regular file");
            return null;
        }
        try {
            if (Files.size(sidecar) > MAX_BYTES) {
                warnings.add("sidecar " + sidecar.getFileName() + " ignored: larger than 1 MB");
                return null;
            }
            SidecarJson json = mapper.readValue(sidecar.toFile(), SidecarJson.class);
            if (json == null) {
                return null;
            }
            String dateText = json.date() != null ? json.date() : json.published();
            LocalDate date = DateParser.parse(dateText);
            if (dateText != null && !dateText.isBlank() && date == null) {
                warnings.add("sidecar date not understood: '" + dateText + "'");
            }
            return new MetaSource(ORIGIN, json.title(), json.outlet() != null ? json.outlet() : json.source(),
                    json.url(), date, json.language());
        } catch (IOException e) {
            warnings.add("sidecar " + sidecar.getFileName() + " ignored: " + firstLine(e.getMessage()));
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
