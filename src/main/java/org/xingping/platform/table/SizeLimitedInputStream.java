package org.xingping.platform.table;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and stops at the limit, so that an oversized upload is never held whole. */
final class SizeLimitedInputStream extends FilterInputStream {

    /** Raised through the parsers as an I/O failure and turned into a refusal by the reader. */
    static final class SizeLimitExceeded extends IOException {

        private static final long serialVersionUID = 1L;

        SizeLimitExceeded() {
            super("table file exceeds its size limit");
        }
    }

    private final long maxBytes;
    private long count;

    SizeLimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws SizeLimitExceeded {
        count += n;
        if (count > maxBytes) {
            throw new SizeLimitExceeded();
        }
    }
}
