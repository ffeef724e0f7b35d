package org.electrotwin.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/** A buffered writer of primitives onto a channel, in a chosen byte order. Not thread-safe. */
final class ChannelOutput {
    private final FileChannel channel;
    private final ByteBuffer buf;
    private long written;

    ChannelOutput(FileChannel channel, ByteOrder order) {
        this.channel = channel;
        this.buf = ByteBuffer.allocateDirect(1 << 20).order(order);
    }

    /** Bytes written so far (including buffered ones). */
    long position() {
        return written + buf.position();
    }

    private void room(int n) throws IOException {
        if (buf.remaining() < n) {
            flush();
        }
    }

    void u8(int v) throws IOException {
        room(1);
        buf.put((byte) v);
    }

    void u16(int v) throws IOException {
        room(2);
        buf.putShort((short) v);
    }

    void u32(long v) throws IOException {
        room(4);
        buf.putInt((int) v);
    }

    void u64(long v) throws IOException {
        room(8);
        buf.putLong(v);
    }

    void ascii(String s) throws IOException {
        bytes(s.getBytes(StandardCharsets.ISO_8859_1), 0, s.length());
    }

    void bytes(byte[] a, int off, int len) throws IOException {
        while (len > 0) {
            if (!buf.hasRemaining()) {
                flush();
            }
            int n = Math.min(len, buf.remaining());
            buf.put(a, off, n);
            off += n;
            len -= n;
        }
    }

    void floats(float[] a) throws IOException {
        int i = 0;
        while (i < a.length) {
            if (buf.remaining() < 4) {
                flush();
            }
            int n = Math.min(a.length - i, buf.remaining() / 4);
            buf.asFloatBuffer().put(a, i, n);
            buf.position(buf.position() + 4 * n);
            i += n;
        }
    }

    void zeros(long n) throws IOException {
        for (long i = 0; i < n; i++) {
            u8(0);
        }
    }

    void flush() throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            written += channel.write(buf);
        }
        buf.clear();
    }
}
