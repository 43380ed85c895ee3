package org.reformindicators.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ReadException;

/** Shared helpers of the binding tests: round trips through both formats and assertions on problems. */
public abstract class ModuleTestBase {

  /** The default reader-writer. */
  protected static final ReformIndicatorsIo IO = ReformIndicatorsIo.create();

  /**
   * Writes a value in a format and reads it back.
   *
   * @param value the value
   * @param format the format
   * @param type the type to read
   * @param <T> the type
   * @return the value read back
   */
  protected static <T> T roundTrip(T value, DocumentFormat format, Class<T> type) {
    String text = IO.writeString(value, format);
    try {
      return IO.readString(text, format, type);
    } catch (ReadException e) {
      throw new AssertionError("cannot read back:\n" + text, e);
    }
  }

  /**
   * Asserts that reading fails and returns the problems.
   *
   * @param read the read
   * @return the problems
   */
  protected static List<Problem> problems(Executable read) {
    return assertThrows(ReadException.class, read).problems();
  }

  /**
   * Asserts that an exception message contains a fragment.
   *
   * @param e the exception
   * @param fragment the expected fragment
   */
  protected static void verifyException(Throwable e, String fragment) {
    assertTrue(
        String.valueOf(e.getMessage()).contains(fragment),
        "expected '" + fragment + "' in: " + e.getMessage());
  }

  /**
   * Asserts a problem's location (as described) and message.
   *
   * @param problem the problem
   * @param location the expected {@code describe()} of the location
   * @param message the expected message
   */
  protected static void assertProblem(Problem problem, String location, String message) {
    assertEquals(location + ": " + message, problem.toString());
  }
}
