package org.fieldreport.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through, counting them, and tells a {@link ReadProgress} how many have gone by, every {@value #STEP}
 * bytes.
 */
final class CountingInputStream extends FilterInputStream {

    static final long STEP = 1 << 20;

    private final String file;
    private final long total;
    private final ReadProgress progress;
    private long count;
    private long reported;

    CountingInputStream(InputStream in, String file, long total, ReadProgress progress) {
        super(in);
        this.file = file;
        this.total = total;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        } else if (n < 0 && reported < total) {
            reported = total;
            progress.read(file, total, total);
        }
        return n;
    }

    /** The bytes read so far. */
    long count() {
        return count;
    }

    private void advance(int n) {
        count += n;
        if (count - reported >= STEP) {
            reported = count;
            progress.read(file, count, total);
        }
    }
}
