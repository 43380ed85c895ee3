package org.reformindicators.examples.cli;

import java.util.List;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.core.progress.ProgressMethodDescriptor;
import org.reformindicators.core.progress.ProgressMethodRegistry;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option value such as {@code eurostat} to the {@link ProgressMethod} of that id in {@link
 * ProgressMethodRegistry#defaults()}, with its published defaults; an unknown name is a usage error (exit
 * status 2) that lists the registered ids.
 *
 * <p>Immutable and thread-safe.
 */
public final class MethodConverter implements ITypeConverter<ProgressMethod> {

  /** Creates the converter; picocli instantiates it. */
  public MethodConverter() {}

  @Override
  public ProgressMethod convert(String value) {
    ProgressMethodRegistry registry = ProgressMethodRegistry.defaults();
    return registry
        .find(value)
        .map(ProgressMethodDescriptor::defaults)
        .orElseThrow(
            () -> new TypeConversionException(
                "'" + value + "' is not a progress method: use " + either(registry.ids())));
  }

  /** Lists ids as {@code a, b or c}. */
  private static String either(List<String> ids) {
    int last = ids.size() - 1;
    return last <= 0 ? String.join("", ids) : String.join(", ", ids.subList(0, last)) + " or " + ids.get(last);
  }
}
