package org.reformindicators.core.progress;

import java.util.List;
import java.util.Objects;

/**
 * The bundled progress methods with their published defaults, looked up by id, such as {@code
 * ProgressMethods.byId("eurostat")}.
 *
 * <p>Ids: {@code eurostat}, {@code open-sdg}, {@code escap}, {@code sdsn}, {@code linear}. Stateless and
 * thread-safe.
 */
public final class ProgressMethods {

  private static final List<ProgressMethod> ALL =
      List.of(
          EurostatMethod.defaults(),
          OpenSdgMethod.defaults(),
          EscapMethod.defaults(),
          SdsnTrendMethod.defaults(),
          LinearProjectionMethod.defaults());

  private ProgressMethods() {}

  /**
   * Returns every bundled method with its defaults, in the order of methods.md §1.
   *
   * @return an unmodifiable list
   */
  public static List<ProgressMethod> all() {
    return ALL;
  }

  /**
   * Returns the category of a bundled method by its code, e.g. {@code ("eurostat", "MODERATE_PROGRESS")}, so a
   * recorded result can be read back.
   *
   * @param methodId the method id
   * @param code the category's code, {@link ProgressCategory#code()}
   * @return the category
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the method id or the code is unknown
   */
  public static ProgressCategory category(String methodId, String code) {
    Objects.requireNonNull(code, "code");
    ProgressCategory[] categories;
    switch (byId(methodId).id()) {
      case "eurostat":
        categories = EurostatCategory.values();
        break;
      case "open-sdg":
        categories = OpenSdgCategory.values();
        break;
      case "escap":
        categories = EscapCategory.values();
        break;
      case "sdsn":
        categories = SdsnCategory.values();
        break;
      default:
        categories = LinearProjectionCategory.values();
        break;
    }
    for (ProgressCategory c : categories) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "category of method " + methodId + " must be one of its codes, was " + code);
  }

  /**
   * Returns the bundled method with the given id and its published defaults.
   *
   * @param id the method id, e.g. {@code "open-sdg"}
   * @return the method
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no bundled method has that id
   */
  public static ProgressMethod byId(String id) {
    Objects.requireNonNull(id, "id");
    for (ProgressMethod m : ALL) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "method id must be one of eurostat, open-sdg, escap, sdsn, linear, was " + id);
  }
}
