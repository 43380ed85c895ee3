package org.reformindicators.spark.internal;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.ReadException;

/**
 * A core value read on the driver and shipped to the executors in its io JSON form, such as a plan or a
 * methodology.
 *
 * <p>Core values are not {@link Serializable}; io's JSON form is their one lossless external form, so the driver
 * writes the value once and each executor JVM reads it back once (a cache keyed by the text's SHA-256), however
 * many tasks and records use it: no record carries it. Not part of the API. Immutable and thread-safe.
 *
 * @param <T> the core type
 */
public final class Shipped<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, Object> DECODED = new ConcurrentHashMap<>();

  /** Serial form: the type. */
  private final Class<T> type;
  /** Serial form: the json. */
  private final String json;
  /** Serial form: the digest. */
  private final String digest;

  private Shipped(Class<T> type, String json) {
    this.type = type;
    this.json = json;
    this.digest = type.getName() + ':' + sha256(json);
  }

  /**
   * Writes a core value in its io JSON form, for shipping.
   *
   * @param <T> the core type
   * @param type the type the executors read it back as
   * @param value the value
   * @return the shipped value
   * @throws NullPointerException if an argument is null
   */
  public static <T> Shipped<T> of(Class<T> type, T value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    return new Shipped<>(type, ReformIndicatorsIo.create().writeString(value, DocumentFormat.JSON));
  }

  /**
   * Returns the value, read from its JSON form once per JVM.
   *
   * @return the value
   * @throws IllegalStateException if the form does not read back (a value io cannot write faithfully)
   */
  public T get() {
    return type.cast(DECODED.computeIfAbsent(digest, k -> decode()));
  }

  /**
   * Returns the JSON form.
   *
   * @return the text io wrote
   */
  public String json() {
    return json;
  }

  /**
   * Reads a small core value from its JSON form, without caching: for values that differ per record group, such
   * as a unit.
   *
   * @param <T> the core type
   * @param type the type
   * @param json the text {@link #json()} gave
   * @return the value
   * @throws IllegalStateException if the text does not read back
   */
  public static <T> T read(Class<T> type, String json) {
    return type.cast(new Shipped<>(type, json).decode());
  }

  private Object decode() {
    try {
      return ReformIndicatorsIo.create().readString(json, DocumentFormat.JSON, type);
    } catch (ReadException e) {
      throw new IllegalStateException(
          "the " + type.getSimpleName() + " shipped to the executors does not read back: " + e.getMessage(), e);
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
