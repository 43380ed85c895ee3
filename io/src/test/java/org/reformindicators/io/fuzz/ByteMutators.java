package org.reformindicators.io.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/** The byte-level and line-end mutations of {@link Mutation}. */
final class ByteMutators {

  private static final byte[] INTERESTING = {
    0, '"', '\'', ':', '-', '{', '}', '[', ']', ',', ';', '\n', '\r', '\t', ' ', '#', '&', '*', '!', '%', '|', '>',
    '\\', 0x7F, '0', '9', '.', 'e', '/', '='
  };

  private ByteMutators() {}

  static Mutant truncate(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    int at = r.nextInt(in.length + 1);
    if (r.nextInt(3) == 0) {
      int lineEnd = view.indexOf('\n', at);
      at = lineEnd < 0 ? in.length : lineEnd + 1;
    }
    return Edits.replace(in, at, in.length, "", "cut at byte " + at + " of " + in.length, Expectation.ANY);
  }

  static Mutant byteFlip(byte[] in, Syntax syntax, SplittableRandom r) {
    if (in.length == 0) {
      return Edits.insert(in, 0, String.valueOf((char) INTERESTING[r.nextInt(INTERESTING.length)]), "byte into empty input", Expectation.ANY);
    }
    byte[] out = in.clone();
    int flips = 1 + r.nextInt(8);
    int first = -1;
    StringBuilder detail = new StringBuilder();
    for (int i = 0; i < flips; i++) {
      int at = r.nextInt(out.length);
      first = first < 0 ? at : first;
      byte before = out[at];
      out[at] =
          switch (r.nextInt(3)) {
            case 0 -> (byte) r.nextInt(256);
            case 1 -> (byte) (out[at] ^ 1 << r.nextInt(8));
            default -> INTERESTING[r.nextInt(INTERESTING.length)];
          };
      detail.append(String.format("%s0x%02X->0x%02X at %d", i == 0 ? "" : ", ", before & 0xFF, out[at] & 0xFF, at));
    }
    return new Mutant(out, null, detail.toString(), first, Expectation.ANY);
  }

  static Mutant invalidUtf8(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    String bad = HostileValues.malformedUtf8(r);
    int at = Edits.notInsideCrlf(view, r.nextInt(in.length + 1));
    Expectation e = syntax == Syntax.TEXT ? Expectation.ANY : Expectation.refusedAt(Bytes.lineOf(view, at), "malformed UTF-8");
    // only an ASCII byte is replaced: replacing a lead byte could make another well-formed character
    if (r.nextBoolean() && at < in.length && view.charAt(at) < 0x80 && view.charAt(at) != '\n' && view.charAt(at) != '\r') {
      return Edits.replace(in, at, at + 1, bad, "byte " + at + " replaced by " + Edits.shown(bad), e);
    }
    return Edits.insert(in, at, bad, Edits.shown(bad) + " inserted at byte " + at, e);
  }

  /** Inserts a control character, which neither JSON nor YAML allows, at a random place. */
  static Mutant controlCharacter(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    int[] controls = {0x00, 0x01, 0x02, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0x7F};
    char control = (char) controls[r.nextInt(controls.length)];
    int at = Edits.notInsideCrlf(view, r.nextInt(in.length + 1));
    return Edits.insert(in, at, String.valueOf(control), String.format("control character U+%04X at byte %d", (int) control, at),
        Expectation.refusedAt(Bytes.lineOf(view, at), "a control character"));
  }

  static Mutant byteOrderMark(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    String utf8 = "\u00EF\u00BB\u00BF";
    boolean text = syntax == Syntax.TEXT;
    return switch (r.nextInt(6)) {
      case 0, 1 -> Edits.insert(in, 0, utf8, "UTF-8 byte-order mark added", text ? Expectation.ANY : Expectation.SAME_AS_SEED);
      case 2 -> Edits.insert(in, 0, utf8 + utf8, "two UTF-8 byte-order marks", Expectation.ANY);
      case 3 -> {
        String mark = HostileValues.pick(List.of("\u00FF\u00FE", "\u00FE\u00FF", "\u0000\u0000\u00FE\u00FF", "\u00FF\u00FE\u0000\u0000"), r);
        yield Edits.insert(in, 0, mark, "UTF-16/32 byte-order mark " + Edits.shown(mark),
            text ? Expectation.ANY : Expectation.refusedAt(1, "a UTF-16 or UTF-32 byte-order mark"));
      }
      case 4 -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean little = r.nextBoolean();
        out.writeBytes(little ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
        out.writeBytes(Bytes.decodeWtf8(in).getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
        yield Edits.whole(out.toByteArray(), "re-encoded as UTF-16" + (little ? "LE" : "BE") + " with its mark",
            text ? Expectation.ANY : Expectation.refusedAt(1, "a UTF-16 file"));
      }
      default -> {
        int at = view.indexOf('\n', r.nextInt(in.length + 1));
        at = at < 0 ? in.length : at + 1;
        yield Edits.insert(in, at, utf8, "UTF-8 byte-order mark inside the text at byte " + at, Expectation.ANY);
      }
    };
  }

  static Mutant noFinalNewline(byte[] in, Syntax syntax, SplittableRandom r) {
    int end = in.length;
    while (end > 0 && (in[end - 1] == '\n' || in[end - 1] == '\r')) {
      end--;
    }
    return Edits.replace(in, end, in.length, "", "final line end removed", Expectation.SAME_AS_SEED);
  }

  static Mutant lineEnds(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in).replace("\r\n", "\n");
    // a bare CR ends a line in YAML and is white space in JSON; the observation CSV promises LF or CRLF only
    Expectation crOnly = syntax == Syntax.CSV ? Expectation.ANY : Expectation.SAME_AS_SEED;
    return switch (r.nextInt(5)) {
      case 0 -> Edits.whole(Bytes.fromLatin1(view.replace("\n", "\r\n")), "CRLF line ends", Expectation.SAME_AS_SEED);
      case 1 -> Edits.whole(Bytes.fromLatin1(view.replace("\n", "\r")), "bare CR line ends", crOnly);
      case 2 -> {
        StringBuilder mixed = new StringBuilder(view.length() + 64);
        for (int i = 0; i < view.length(); i++) {
          char c = view.charAt(i);
          mixed.append(c == '\n' && r.nextBoolean() ? "\r\n" : String.valueOf(c));
        }
        yield Edits.whole(Bytes.fromLatin1(mixed), "LF and CRLF line ends mixed", Expectation.SAME_AS_SEED);
      }
      case 3 -> {
        int last = view.lastIndexOf('\n');
        String cr = last < 0 ? view : view.substring(0, last) + "\r" + view.substring(last + 1);
        yield Edits.whole(Bytes.fromLatin1(cr), "the last line ends in a bare CR", crOnly);
      }
      default -> Edits.insert(Bytes.fromLatin1(view), view.length(), "\n\n\n", "blank lines at the end",
          syntax == Syntax.CSV ? Expectation.ANY : Expectation.SAME_AS_SEED);
    };
  }
}
