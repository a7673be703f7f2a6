package com.becflow.integrations.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.BooleanSupplier;

/**
 * A response the application can no longer touch once its request passed the body limit: whatever the
 * application answers to the exception it got (a 500, a 400 about a malformed body, an upload error) is dropped,
 * so the filter can answer 413 in its place.
 */
final class SilencedResponse extends HttpServletResponseWrapper {

    private final BooleanSupplier silenced;
    private ServletOutputStream stream;
    private PrintWriter writer;

    SilencedResponse(HttpServletResponse response, BooleanSupplier silenced) {
        super(response);
        this.silenced = silenced;
    }

    private boolean silent() {
        return silenced.getAsBoolean();
    }

    @Override
    public void setStatus(int sc) {
        if (!silent()) {
            super.setStatus(sc);
        }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (!silent()) {
            super.sendError(sc, msg);
        }
    }

    @Override
    public void sendError(int sc) throws IOException {
        if (!silent()) {
            super.sendError(sc);
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        if (!silent()) {
            super.sendRedirect(location);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!silent()) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!silent()) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (!silent()) {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (!silent()) {
            super.addIntHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (!silent()) {
            super.setDateHeader(name, date);
        }
    }

    @Override
    public void addDateHeader(String name, long date) {
        if (!silent()) {
            super.addDateHeader(name, date);
        }
    }

    @Override
    public void addCookie(Cookie cookie) {
        if (!silent()) {
            super.addCookie(cookie);
        }
    }

    @Override
    public void setContentType(String type) {
        if (!silent()) {
            super.setContentType(type);
        }
    }

    @Override
    public void setContentLength(int len) {
        if (!silent()) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!silent()) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (!silent()) {
            super.setCharacterEncoding(charset);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!silent()) {
            super.flushBuffer();
        }
    }

    @Override
    public void reset() {
        if (!silent()) {
            super.reset();
        }
    }

    @Override
    public void resetBuffer() {
        if (!silent()) {
            super.resetBuffer();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called already");
            }
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    if (!silent()) {
                        SilencedResponse.super.getOutputStream().write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (!silent()) {
                        SilencedResponse.super.getOutputStream().write(b, off, len);
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (!silent()) {
                        SilencedResponse.super.getOutputStream().flush();
                    }
                }

                @Override
                public void close() throws IOException {
                    if (!silent()) {
                        SilencedResponse.super.getOutputStream().close();
                    }
                }

                @Override
                public boolean isReady() {
                    try {
                        return silent() || SilencedResponse.super.getOutputStream().isReady();
                    } catch (IOException e) {
                        return false;
                    }
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    try {
                        SilencedResponse.super.getOutputStream().setWriteListener(listener);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() was called already");
            }
            writer = new PrintWriter(new Writer() {
                @Override
                public void write(char[] cbuf, int off, int len) throws IOException {
                    if (!silent()) {
                        SilencedResponse.super.getWriter().write(cbuf, off, len);
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (!silent()) {
                        SilencedResponse.super.getWriter().flush();
                    }
                }

                @Override
                public void close() throws IOException {
                    if (!silent()) {
                        SilencedResponse.super.getWriter().close();
                    }
                }
            });
        }
        return writer;
    }
}
