package org.xingping.platform.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file as UTF-8 or GB18030 while streaming it, without knowing which in advance.
 *
 * <p>A byte order mark decides. Otherwise every ASCII byte reads the same in both encodings, so the
 * choice waits for the first non-ASCII byte and is made on the 64 KiB that follow it: UTF-8 when
 * they are valid UTF-8, else GB18030 when they are valid GB18030, else the file is refused. Real
 * Chinese text valid in both is vanishingly rare over that many bytes; a file whose later bytes do
 * not fit the chosen encoding mixes encodings and is refused at the line where that happens, where
 * decoding the whole file both ways would have turned it into unreadable text.
 *
 * <p>Decoding is strict. A malformed byte fails the read after every character before it has been
 * handed out, so the parser's line count points at the line that holds it.
 */
final class DecodingReader extends Reader {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final int LOOKAHEAD = 64 * 1024;

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(LOOKAHEAD);
    private boolean eof;
    /** Null while every byte so far was ASCII. */
    private CharsetDecoder decoder;
    private EncodingRefused pending;

    DecodingReader(InputStream in) throws IOException {
        this.in = in;
        bytes.flip();
        while (!eof && bytes.remaining() < 4) {
            fill();
        }
        readByteOrderMark();
    }

    /** The encoding chosen so far, or null while the text was all ASCII. */
    Charset charset() {
        return decoder == null ? null : decoder.charset();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        if (decoder == null) {
            int n = readAscii(target, offset, length);
            if (n != 0) {
                return n;
            }
            choose();
        }
        return decode(target, offset, length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void readByteOrderMark() throws EncodingRefused {
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            bytes.position(3);
            decoder = strict(StandardCharsets.UTF_8);
        } else if (startsWith(0xFF, 0xFE) || startsWith(0xFE, 0xFF)) {
            throw new EncodingRefused("文件是 UTF-16 编码，Excel 另存为“Unicode 文本”时会这样");
        } else if (startsWith(0x84, 0x31, 0x95, 0x33)) {
            bytes.position(4);
            decoder = strict(GB18030);
        }
    }

    /** Copies ASCII bytes as they are; 0 at a non-ASCII byte, -1 at the end. */
    private int readAscii(char[] target, int offset, int length) throws IOException {
        if (!bytes.hasRemaining() && !fill()) {
            return -1;
        }
        byte[] array = bytes.array();
        int position = bytes.position();
        int limit = bytes.limit();
        int n = 0;
        while (n < length && position < limit && array[position] >= 0) {
            target[offset + n++] = (char) array[position++];
        }
        bytes.position(position);
        return n;
    }

    private void choose() throws IOException {
        while (!eof && bytes.remaining() < LOOKAHEAD) {
            fill();
        }
        if (decodes(StandardCharsets.UTF_8)) {
            decoder = strict(StandardCharsets.UTF_8);
        } else if (decodes(GB18030)) {
            decoder = strict(GB18030);
        } else {
            throw new EncodingRefused("从这一行起的内容既不是 UTF-8 也不是 GB18030");
        }
    }

    private boolean decodes(Charset charset) {
        ByteBuffer window = bytes.duplicate();
        CharBuffer chars = CharBuffer.allocate(window.remaining() + 1);
        return !strict(charset).decode(window, chars, eof).isError();
    }

    private int decode(char[] target, int offset, int length) throws IOException {
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, eof);
            int n = out.position() - offset;
            if (result.isError()) {
                EncodingRefused refused = new EncodingRefused("从这一行起的内容不是有效的 "
                        + displayName(decoder.charset()) + "，而文件前面的内容是 " + displayName(decoder.charset()));
                if (n == 0) {
                    throw refused;
                }
                pending = refused;
                return n;
            }
            if (result.isOverflow() || n > 0) {
                return n;
            }
            if (eof) {
                // UTF-8 and GB18030 decoders keep no state that a flush would write out
                return -1;
            }
            fill();
        }
    }

    /** Reads more bytes behind the unread ones; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        bytes.compact();
        if (!bytes.hasRemaining()) {
            throw new IllegalStateException("fill() on a full buffer");
        }
        int n;
        do {
            n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        } while (n == 0);
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        return n > 0;
    }

    private boolean startsWith(int... prefix) {
        if (bytes.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes.get(bytes.position() + i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String displayName(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "GB18030";
    }
}
