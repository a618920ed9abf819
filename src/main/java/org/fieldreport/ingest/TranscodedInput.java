package org.fieldreport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text in another encoding (windows-1252, UTF-16, ...) re-encoded as UTF-8, so that one byte-level reader serves
 * every file. Where the input stops being text in its encoding, the output gets one byte that is never UTF-8 (0xFF)
 * and ends: the UTF-8 check then reports the problem on the line where it happened.
 */
final class TranscodedInput extends InputStream {

    /** A byte that never occurs in UTF-8. */
    static final byte NOT_TEXT = (byte) 0xFF;

    private static final int CHARS = 1 << 14;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer source = ByteBuffer.allocate(CHARS).flip();
    private final CharBuffer chars = CharBuffer.allocate(CHARS);
    /** At most three bytes per char, and the one byte that marks where the text stopped. */
    private final ByteBuffer out = ByteBuffer.allocate(3 * CHARS + 1).flip();
    private boolean sourceDone;
    private boolean needInput = true;
    private boolean decoderDone;
    private boolean finished;

    TranscodedInput(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!out.hasRemaining()) {
            if (finished) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, out.remaining());
        out.get(buffer, offset, n);
        return n;
    }

    private void fill() throws IOException {
        out.clear();
        boolean broken = false;
        if (!decoderDone) {
            if (needInput) {
                readSource();
            }
            CoderResult decoded = decoder.decode(source, chars, sourceDone);
            needInput = decoded.isUnderflow();
            if (decoded.isError()) {
                broken = true;
            } else if (decoded.isUnderflow() && sourceDone) {
                broken = decoder.flush(chars).isError();
                decoderDone = true;
            }
        }
        chars.flip();
        CoderResult encoded = encoder.encode(chars, out, decoderDone || broken);
        chars.compact();
        if (encoded.isError()) {
            broken = true;
        }
        if (broken) {
            out.put(NOT_TEXT);
            finished = true;
        } else if (decoderDone && chars.position() == 0) {
            encoder.flush(out);
            finished = true;
        }
        out.flip();
    }

    private void readSource() throws IOException {
        if (sourceDone) {
            return;
        }
        source.compact();
        int n = in.read(source.array(), source.position(), source.remaining());
        if (n < 0) {
            sourceDone = true;
        } else {
            source.position(source.position() + n);
        }
        source.flip();
    }
}
