package org.fieldreport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * Bytes decoded as text in one encoding, refusing any byte that is not text in it ({@link CodingErrorAction#REPORT}).
 * Unlike {@link java.io.InputStreamReader}, which drops the text it decoded just before a bad byte, this hands that
 * text on first and fails only on the read after it, with a {@link CharacterCodingException}: a parser reading it
 * has then read every line before the bad byte, and its line count says where the bad byte is.
 *
 * <p>When that text ends with a carriage return, the read after it reports the end of the text once before failing:
 * a CSV parser looks ahead there for the line feed of a CRLF, and the record that the carriage return ends must
 * still be read.
 */
final class StrictTextReader extends Reader {

    private static final int BYTES = 1 << 16;
    private static final int CHARS = 1 << 14;
    /**
     * The longest line read: a million characters, far beyond any row of an export, so that a file of NUL bytes
     * or of one endless line is refused before it fills memory.
     */
    static final int LONGEST_LINE = 1_000_000;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BYTES).flip();
    private final CharBuffer chars = CharBuffer.allocate(CHARS).flip();
    private boolean endOfInput;
    private boolean finished;
    /** The decoding error met; reported once the text before it has been handed on. */
    private CoderResult fault;
    private boolean faultReported;
    /** The last character handed on, or -1 before the first. */
    private int lastChar = -1;
    private long lineLength;
    private boolean lineTooLong;

    StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Whether the reader has reported bytes that are not text in the encoding: thrown for them, or given the end of
     * the text that comes before them.
     */
    boolean reportedBytesThatAreNotText() {
        return faultReported;
    }

    /** Whether the reader stopped at a line longer than {@link #LONGEST_LINE} characters. */
    boolean stoppedAtLongLine() {
        return lineTooLong;
    }

    /** Whether the text handed on so far is empty or ends with a line end (CR or LF). */
    boolean atLineStart() {
        return lastChar == -1 || lastChar == '\r' || lastChar == '\n';
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (fault != null) {
                boolean endFirst = lastChar == '\r' && !faultReported;
                faultReported = true;
                if (endFirst) {
                    return -1;
                }
                fault.throwException();
            }
            if (finished) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        lastChar = target[offset + n - 1];
        // Only the line that goes on from the text before and the line that goes on after can be long: a line
        // between two line ends of this text is shorter than the CHARS it holds at most.
        int first = offset;
        while (first < offset + n && !isLineEnd(target[first])) {
            first++;
        }
        int last = offset + n - 1;
        while (last >= first && !isLineEnd(target[last])) {
            last--;
        }
        boolean endsHere = first < offset + n;
        boolean tooLong = lineLength + (first - offset) > LONGEST_LINE;
        lineLength = endsHere ? offset + n - 1 - last : lineLength + n;
        if (tooLong || lineLength > LONGEST_LINE) {
            lineTooLong = true;
            throw new IOException("a line longer than " + LONGEST_LINE + " characters");
        }
        return n;
    }

    /** Decodes what the bytes read so far hold into {@link #chars}, reading more bytes when they hold no more. */
    private void decodeMore() throws IOException {
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isUnderflow()) {
            if (endOfInput) {
                result = decoder.flush(chars);
                finished = result.isUnderflow();
            } else {
                readBytes();
            }
        }
        if (result.isError()) {
            fault = result;
        }
        chars.flip();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
