package org.triangulate.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article ids are derived from the body text, so the same text always gets the same id wherever it lives. */
public final class ArticleId {

    private ArticleId() {
    }

    /** The first 16 hex digits of the SHA-256 of the UTF-8 body. */
    public static String of(String body) {
        return sha256Hex(body).substring(0, 16);
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
