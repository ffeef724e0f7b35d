package org.electrotwin.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Positional reads that either fill the whole range or fail. */
final class ChannelInput {
    private ChannelInput() {
    }

    static void readFully(FileChannel ch, long position, byte[] dst, int off, int len) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(dst, off, len);
        long pos = position;
        while (b.hasRemaining()) {
            int n = ch.read(b, pos);
            if (n < 0) {
                throw new EOFException("file ends at byte " + pos + ", before byte " + (position + len));
            }
            pos += n;
        }
    }

    static ByteBuffer readFully(FileChannel ch, long position, int len) throws IOException {
        byte[] a = new byte[len];
        readFully(ch, position, a, 0, len);
        return ByteBuffer.wrap(a);
    }
}
