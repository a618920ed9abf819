package org.fieldreport.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Gives a finished PDF a document ID derived from its content. OpenPDF writes the trailer's {@code /ID} from the
 * clock and free memory; this replaces both halves, in place and at the same length (so no offset moves), with
 * the first 16 bytes of the SHA-256 of the file taken with the ID zeroed. Same content, same ID.
 */
final class DocumentId {

    private static final byte[] MARKER = "/ID [<".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX = 32;

    private DocumentId() {
    }

    /** Stamps {@code pdf} in place and returns it. */
    static byte[] stamp(byte[] pdf) {
        int at = lastIndexOf(pdf, MARKER);
        if (at < 0) {
            throw new IllegalStateException("the PDF has no /ID in its trailer");
        }
        int first = at + MARKER.length;
        int second = first + HEX + 2;
        if (pdf[first + HEX] != '>' || pdf[first + HEX + 1] != '<' || pdf[second + HEX] != '>') {
            throw new IllegalStateException("the PDF trailer's /ID is not in the expected form");
        }
        for (int i = 0; i < HEX; i++) {
            pdf[first + i] = '0';
            pdf[second + i] = '0';
        }
        byte[] id = HexFormat.of().withUpperCase().formatHex(sha256(pdf), 0, 16)
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(id, 0, pdf, first, HEX);
        System.arraycopy(id, 0, pdf, second, HEX);
        return pdf;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
