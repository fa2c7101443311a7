package org.triangulate.briefing;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Refuses every external resource the typesetter asks for: the briefing document is self-contained (stylesheet
 * inline, fonts handed over directly), so any request, whether http, file, jar or data, can only come from text that
 * should not be there. Each request is recorded so tests can see that it was stopped.
 */
final class ResourceGuard implements FSUriResolver, FSStreamFactory, BiPredicate<String, ExternalResourceType> {

    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    /** Resolving to null means "nothing there": no stream is ever opened. */
    @Override
    public String resolveURI(String baseUri, String uri) {
        refused.add(uri);
        return null;
    }

    /** A stream with nothing in it (openhtmltopdf takes a null stream as "not found", but not a null FSStream). */
    @Override
    public FSStream getUrl(String url) {
        refused.add(url);
        return new FSStream() {
            @Override
            public java.io.InputStream getStream() {
                return null;
            }

            @Override
            public java.io.Reader getReader() {
                return null;
            }
        };
    }

    @Override
    public boolean test(String uri, ExternalResourceType type) {
        refused.add(uri);
        return false;
    }

    /** Every URI that was asked for and refused, in order. */
    List<String> refused() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }
}
