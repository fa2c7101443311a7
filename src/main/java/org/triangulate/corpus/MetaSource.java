package org.triangulate.corpus;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What one source (sidecar, front matter, HTML tags, PDF info, the text itself) says about an article. Any field
 * may be null; {@link MetaMerger} combines sources, the first one that knows a field winning.
 *
 * @param origin the source's name as the analyst sees it ("sidecar", "front matter", "html", "pdf", "inferred")
 */
record MetaSource(String origin, String title, String outlet, String url, LocalDate published, String language) {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    MetaSource {
        title = blankToNull(title);
        outlet = blankToNull(outlet);
        url = blankToNull(url);
        language = normaliseLanguage(language);
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String stripped = WHITESPACE.matcher(s.strip()).replaceAll(" ");
        return stripped.isEmpty() ? null : stripped;
    }

    /** "en-US", "EN_gb" and "en" all mean "en" here; the index only needs the language. */
    static String normaliseLanguage(String language) {
        String s = blankToNull(language);
        if (s == null) {
            return null;
        }
        int cut = 0;
        while (cut < s.length() && Character.isLetter(s.charAt(cut))) {
            cut++;
        }
        String code = s.substring(0, cut).toLowerCase(Locale.ROOT);
        return code.length() == 2 || code.length() == 3 ? code : null;
    }
}
