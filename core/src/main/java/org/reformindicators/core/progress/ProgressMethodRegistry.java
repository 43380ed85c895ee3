package org.reformindicators.core.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The progress methods known by id, such as {@code ProgressMethodRegistry.defaults().method("eurostat")},
 * the one place where a method id becomes a method, its typed parameters and its categories.
 *
 * <p>{@link #defaults()} holds the five bundled methods in the order of {@code docs/methods.md}: {@code eurostat},
 * {@code open-sdg}, {@code escap}, {@code sdsn}, {@code linear}. An application adds its own with {@link
 * #with(ProgressMethodDescriptor)}, e.g. {@code ProgressMethodRegistry.defaults().with(MyMethod.descriptor())},
 * and hands the registry to whatever reads documents naming the method (in {@code io}: {@code
 * ReformIndicatorsIo.create().withProgressMethods(registry)}). Ids are unique within a registry. Two
 * registries are equal when they hold the same descriptors in the same order. Immutable and thread-safe.
 */
public final class ProgressMethodRegistry {

  private static final ProgressMethodRegistry DEFAULTS =
      of(
          List.of(
              EurostatMethod.descriptor(),
              OpenSdgMethod.descriptor(),
              EscapMethod.descriptor(),
              SdsnTrendMethod.descriptor(),
              LinearProjectionMethod.descriptor()));

  private final Map<String, ProgressMethodDescriptor> byId;

  private ProgressMethodRegistry(Map<String, ProgressMethodDescriptor> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /**
   * Returns the registry of the five bundled methods: {@code eurostat}, {@code open-sdg}, {@code escap},
   * {@code sdsn}, {@code linear}.
   *
   * @return the bundled registry
   */
  public static ProgressMethodRegistry defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a registry of the given methods only.
   *
   * @param descriptors the methods, in the order {@link #ids()} lists them
   * @return the registry
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if two descriptors have the same id
   */
  public static ProgressMethodRegistry of(List<ProgressMethodDescriptor> descriptors) {
    Map<String, ProgressMethodDescriptor> byId = new LinkedHashMap<>();
    for (ProgressMethodDescriptor d : List.copyOf(descriptors)) {
      add(byId, d);
    }
    return new ProgressMethodRegistry(byId);
  }

  /**
   * Returns this registry with one more method, listed last.
   *
   * @param descriptor the method to add
   * @return a new registry
   * @throws NullPointerException if {@code descriptor} is null
   * @throws IllegalArgumentException if a method of this registry has the same id
   */
  public ProgressMethodRegistry with(ProgressMethodDescriptor descriptor) {
    Map<String, ProgressMethodDescriptor> copy = new LinkedHashMap<>(byId);
    add(copy, Objects.requireNonNull(descriptor, "descriptor"));
    return new ProgressMethodRegistry(copy);
  }

  private static void add(Map<String, ProgressMethodDescriptor> byId, ProgressMethodDescriptor d) {
    if (byId.containsKey(d.id())) {
      throw new IllegalArgumentException(
          "progress method id " + d.id() + " is already registered; ids must be unique, registered: "
              + new ArrayList<>(byId.keySet()));
    }
    byId.put(d.id(), d);
  }

  /**
   * Returns the ids of the registered methods, in registration order.
   *
   * @return an unmodifiable list
   */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /**
   * Returns the registered methods' descriptors, in registration order.
   *
   * @return an unmodifiable list
   */
  public List<ProgressMethodDescriptor> descriptors() {
    return List.copyOf(byId.values());
  }

  /**
   * Finds the descriptor of a method by id.
   *
   * @param id the method id
   * @return the descriptor, or empty if no method of this registry has the id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<ProgressMethodDescriptor> find(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the descriptor of a method by id.
   *
   * @param id the method id, e.g. {@code "open-sdg"}
   * @return the descriptor
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException naming the registered ids if no method has the id
   */
  public ProgressMethodDescriptor descriptor(String id) {
    return find(id)
        .orElseThrow(
            () -> new IllegalArgumentException(
                "progress method id must be one of " + ids() + ", was '" + id + "'"));
  }

  /**
   * Returns a registered method with its published defaults.
   *
   * @param id the method id, e.g. {@code "eurostat"}
   * @return the method
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException naming the registered ids if no method has the id
   */
  public ProgressMethod method(String id) {
    return descriptor(id).defaults();
  }

  /**
   * Returns the category of a registered method by its code, e.g. {@code ("eurostat", "MODERATE_PROGRESS")},
   * so a recorded result can be read back.
   *
   * @param methodId the method id
   * @param code the category's {@link ProgressCategory#code()}
   * @return the category
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the method id or the code is unknown
   */
  public ProgressCategory category(String methodId, String code) {
    return descriptor(methodId).category(code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProgressMethodRegistry other && descriptors().equals(other.descriptors());
  }

  @Override
  public int hashCode() {
    return descriptors().hashCode();
  }

  /**
   * Returns the registered ids, e.g. {@code ProgressMethodRegistry[eurostat, open-sdg, escap, sdsn, linear]}.
   *
   * @return a description for logs
   */
  @Override
  public String toString() {
    return "ProgressMethodRegistry" + ids();
  }
}
