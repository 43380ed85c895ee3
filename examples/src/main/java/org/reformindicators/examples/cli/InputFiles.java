package org.reformindicators.examples.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the user's files for the commands, turning every failure into an {@link
 * InvalidInputException} that names the file, such as {@code plan.yaml: file not found}.
 *
 * <p>Immutable and thread-safe (stateless).
 */
final class InputFiles {

  private InputFiles() {}

  /**
   * Reads a file as UTF-8 text, rejecting bytes that are not UTF-8 (a legacy Vietnamese encoding
   * such as TCVN3 or VNI is reported, never guessed).
   *
   * @param file the file
   * @return its text, without a leading byte-order mark
   * @throws InvalidInputException if the file is missing, unreadable, a directory or not UTF-8
   */
  static String readUtf8(Path file) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(Problem.ofFile(name, "is a directory, not a file"));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(Problem.ofFile(name, "file not found"));
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(name, "cannot read the file: " + e.getMessage()));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(Problem.ofFile(
          name, "is not UTF-8 text (a legacy Vietnamese encoding such as TCVN3 or VNI?): "
              + "save it as UTF-8"));
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
