package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An output stream that decodes the UTF-8 bytes written to it onto a {@link Writer} as they come,
 * so that a writer of bytes (such as {@code io}'s document writer) can stream to the command's
 * standard output without the whole document in memory. A character split across two writes is
 * kept until its last byte arrives; invalid UTF-8 is an error.
 *
 * <p>Mutable and not thread-safe; {@link #close()} flushes the writer but does not close it.
 */
final class Utf8WriterStream extends OutputStream {

  private final Writer out;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer pending = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  /**
   * Creates the stream.
   *
   * @param out where the decoded text goes
   */
  Utf8WriterStream(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    int end = off + len;
    while (off < end) {
      int n = Math.min(pending.remaining(), end - off);
      pending.put(b, off, n);
      off += n;
      decode(false);
    }
  }

  private void decode(boolean endOfInput) throws IOException {
    pending.flip();
    while (true) {
      CoderResult result = decoder.decode(pending, chars, endOfInput);
      drain();
      if (result.isError()) {
        result.throwException();
      }
      if (result.isUnderflow()) {
        break;
      }
    }
    pending.compact();
  }

  private void drain() throws IOException {
    chars.flip();
    out.append(chars);
    chars.clear();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /**
   * Ends the text: a character left incomplete is an error.
   *
   * @throws IOException if the bytes ended inside a character, or the writer fails
   */
  @Override
  public void close() throws IOException {
    decode(true);
    CoderResult result = decoder.flush(chars);
    drain();
    if (result.isError()) {
      result.throwException();
    }
    out.flush();
  }
}
