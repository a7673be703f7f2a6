package com.becflow.integrations.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body can be read up to a limit and no further: the bytes are counted as they are read (a
 * chunked body has no length to check beforehand, and a declared length is not trusted either). Reading past the
 * limit throws {@link TooLarge} and marks the request, so the filter answers 413 whatever the application made of
 * the exception.
 */
final class BodyLimit extends HttpServletRequestWrapper {

    /** Thrown by a read that would pass the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private volatile boolean exceeded;
    private ServletInputStream stream;
    private BufferedReader reader;

    BodyLimit(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (reader != null) {
            throw new IllegalStateException("getReader() was called already");
        }
        if (stream == null) {
            stream = new Counting(super.getInputStream());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            if (stream != null) {
                throw new IllegalStateException("getInputStream() was called already");
            }
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(new Counting(super.getInputStream()), charset));
        }
        return reader;
    }

    private final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        Counting(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            check(1);
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check(1);
            // Never ask for more than one byte past the limit: the container need not buffer more than that.
            int n = in.read(b, off, (int) Math.min(len, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            check(1);
            long skipped = in.skip(Math.min(n, limit - read + 1));
            count(skipped);
            return skipped;
        }

        private void check(long more) throws TooLarge {
            if (exceeded || read + more > limit + 1) {
                exceeded = true;
                throw new TooLarge(limit);
            }
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > limit) {
                exceeded = true;
                throw new TooLarge(limit);
            }
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public boolean isFinished() {
            return exceeded || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
