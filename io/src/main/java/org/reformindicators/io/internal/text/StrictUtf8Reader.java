package org.reformindicators.io.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes strict UTF-8 from a byte stream, dropping a leading byte-order mark and failing with {@link
 * EncodingException} at the first byte sequence that is not UTF-8, such as byte {@code 0xB6} of a file
 * saved in TCVN3.
 *
 * <p>Characters decoded before a bad sequence are delivered first, so that the caller knows on which line
 * the bad byte lies when the exception arrives. Once the end was reported ({@code -1}), every later read
 * reports it again. The buffer is fixed (8 KiB), whatever the size of the
 * stream. Mutable and not thread-safe.
 */
public final class StrictUtf8Reader extends Reader {

  private static final int BUFFER_BYTES = 8192;

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
  /** Offset in the stream of {@code bytes.array()[0]}. */
  private long baseOffset;
  private boolean endOfInput;
  /** Set once the decoder was flushed: the end was reached and every later read returns -1. */
  private boolean finished;
  private boolean started;
  private EncodingException failure;
  /** Line feeds delivered so far, to tell on which line a bad byte lies. */
  private long lineFeeds;

  /**
   * Creates a reader of the bytes of {@code in}.
   *
   * @param in the byte stream, closed when this reader is closed
   * @throws NullPointerException if {@code in} is null
   */
  public StrictUtf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length < 2) {
      // A supplementary character needs two chars; every caller in this package reads whole blocks.
      throw new IllegalArgumentException("length must be >= 2, was " + length);
    }
    if (failure != null) {
      throw failure;
    }
    if (finished) {
      // A decoder refuses to decode after it was flushed, so a read after the end must not reach it.
      return -1;
    }
    if (!started) {
      started = true;
      fill();
      skipByteOrderMark();
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        long pending = 0;
        for (int i = offset; i < out.position(); i++) {
          pending += target[i] == '\n' ? 1 : 0;
        }
        failure = encodingError(result.length(), lineFeeds + pending + 1);
        break;
      }
      if (out.position() > offset || result.isOverflow()) {
        break;
      }
      if (endOfInput) {
        // UTF-8 keeps no state between sequences, so flushing never overflows.
        decoder.flush(out);
        finished = true;
        break;
      }
      fill();
    }
    int produced = out.position() - offset;
    for (int i = offset; i < offset + produced; i++) {
      if (target[i] == '\n') {
        lineFeeds++;
      }
    }
    if (produced > 0) {
      return produced;
    }
    if (failure != null) {
      throw failure;
    }
    return -1;
  }

  private void fill() throws IOException {
    baseOffset += bytes.position();
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  private void skipByteOrderMark() throws EncodingException {
    int remaining = bytes.remaining();
    int p = bytes.position();
    byte[] a = bytes.array();
    if (remaining >= 3 && (a[p] & 0xFF) == 0xEF && (a[p + 1] & 0xFF) == 0xBB && (a[p + 2] & 0xFF) == 0xBF) {
      bytes.position(p + 3);
    } else if (remaining >= 2
        && (((a[p] & 0xFF) == 0xFF && (a[p + 1] & 0xFF) == 0xFE)
            || ((a[p] & 0xFF) == 0xFE && (a[p + 1] & 0xFF) == 0xFF))) {
      failure =
          new EncodingException(
              0,
              1,
              a[p] & 0xFF,
              "the file is in UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
      throw failure;
    }
  }

  private EncodingException encodingError(int badLength, long line) {
    long offset = baseOffset + bytes.position();
    int badByte = bytes.array()[bytes.position()] & 0xFF;
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < badLength; i++) {
      shown.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.array()[bytes.position() + i] & 0xFF));
    }
    return new EncodingException(
        offset,
        line,
        badByte,
        "the file is not valid UTF-8 (byte "
            + shown
            + " on line "
            + line
            + ", byte offset "
            + offset
            + "); it is probably in a legacy Vietnamese encoding (TCVN3/ABC, VNI or Windows-1258):"
            + " convert it to UTF-8 (Unicode) and read it again");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Thrown at the first byte sequence that is not UTF-8, such as byte {@code 0xB6} at offset 6 on line 2.
   *
   * <p>Not thread-safe, like every exception.
   */
  public static final class EncodingException extends IOException {
    private static final long serialVersionUID = 1L;
    /** The offset of the bad byte. */
    private final long byteOffset;
    /** The line of the bad byte. */
    private final long line;
    /** The bad byte. */
    private final int badByte;

    EncodingException(long byteOffset, long line, int badByte, String message) {
      super(message);
      this.byteOffset = byteOffset;
      this.line = line;
      this.badByte = badByte;
    }

    /**
     * Returns the offset of the bad byte in the stream.
     *
     * @return the offset, counted from 0
     */
    public long byteOffset() {
      return byteOffset;
    }

    /**
     * Returns the line on which the bad byte lies.
     *
     * @return the line, counted from 1
     */
    public long line() {
      return line;
    }

    /**
     * Returns the first bad byte.
     *
     * @return the byte, 0 to 255
     */
    public int badByte() {
      return badByte;
    }
  }
}
