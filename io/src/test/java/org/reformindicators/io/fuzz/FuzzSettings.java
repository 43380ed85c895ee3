package org.reformindicators.io.fuzz;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * The settings of a fuzzing run, from system properties (Maven passes {@code -D} options to the test JVM):
 *
 * <ul>
 *   <li>{@code fuzz.seed}: the seed, a number, or {@code random} for an unseeded campaign (the seed drawn is
 *       printed, so that any failure can still be replayed); default {@value #DEFAULT_SEED};
 *   <li>{@code fuzz.iterations}: mutations per reader, overriding each reader's default;
 *   <li>{@code fuzz.duration}: run each reader for this long instead ({@code 10m}, {@code 2h}, {@code 90s} or
 *       ISO 8601 {@code PT10M}); with {@code fuzz.iterations} too, whichever ends first;
 *   <li>{@code fuzz.replay}: {@code target:seed:iteration} for {@code ReaderFuzzTest#replay};
 *   <li>{@code fuzz.minimize}: {@code true} to shrink a replayed failure to a minimal input.
 * </ul>
 *
 * @param seed the seed
 * @param iterations the mutations per reader, if set
 * @param duration the time per reader, if set
 */
record FuzzSettings(long seed, OptionalLong iterations, Optional<Duration> duration) {

  /** The seed of {@code verify}: fixed, so that every build tries the same inputs. */
  static final long DEFAULT_SEED = 20_261_128L;

  /**
   * Reads the settings from the system properties.
   *
   * @return the settings
   * @throws IllegalArgumentException if a property is malformed
   */
  static FuzzSettings fromSystemProperties() {
    String seedText = System.getProperty("fuzz.seed", "").trim();
    long seed = seedText.isEmpty() ? DEFAULT_SEED
        : seedText.equals("random") ? new SplittableRandom().nextLong() : Long.parseLong(seedText);
    String iterationsText = System.getProperty("fuzz.iterations", "").trim();
    OptionalLong iterations = iterationsText.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(iterationsText.replace("_", "")));
    String durationText = System.getProperty("fuzz.duration", "").trim();
    Optional<Duration> duration = durationText.isEmpty() ? Optional.empty() : Optional.of(parseDuration(durationText));
    return new FuzzSettings(seed, iterations, duration);
  }

  /**
   * Returns how many iterations a target runs, unless a duration ends it first.
   *
   * @param target the target
   * @return the iteration limit
   */
  long iterationsFor(FuzzTarget target) {
    if (iterations.isPresent()) {
      return iterations.getAsLong();
    }
    return duration.isPresent() ? Long.MAX_VALUE : target.defaultIterations();
  }

  /**
   * Reads a duration such as {@code 10m}, {@code 2h}, {@code 90s} or {@code PT10M}.
   *
   * @param text the text
   * @return the duration
   */
  static Duration parseDuration(String text) {
    if (text.startsWith("P") || text.startsWith("p")) {
      return Duration.parse(text);
    }
    long amount = Long.parseLong(text.substring(0, text.length() - 1));
    return switch (Character.toLowerCase(text.charAt(text.length() - 1))) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      default -> throw new IllegalArgumentException("fuzz.duration must be like 90s, 10m, 2h or PT10M, was '" + text + "'");
    };
  }
}
