package org.fieldreport.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The "random" source OpenPDF draws a font subset's six-letter tag (the {@code ABCDEF+} before the font name) from.
 * OpenPDF takes a fresh {@link SecureRandom} unless one is set on the font, which would make every PDF differ; this
 * one yields a stream derived by SHA-256 from a seed (the document's content and the font), so the same report
 * gets the same tags and a different report different ones. Not for anything secret.
 */
final class SubsetTagRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final byte[] seed;
    private int counter;
    private byte[] block = new byte[0];
    private int used;

    SubsetTagRandom(String seedText) {
        this.seed = seedText.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (used >= block.length) {
                block = nextBlock();
                used = 0;
            }
            bytes[i] = block[used++];
        }
    }

    private byte[] nextBlock() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(seed);
            sha.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8),
                (byte) counter});
            counter++;
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
