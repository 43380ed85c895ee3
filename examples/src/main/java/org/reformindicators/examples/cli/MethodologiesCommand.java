package org.reformindicators.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.examples.report.TextReportRenderer;
import org.reformindicators.io.ReformIndicatorsIo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code methodologies} command: lists the bundled methodology ids with their names, years,
 * publishers and sources, such as {@code pci  2013–  Provincial Competitiveness Index  VCCI — …}.
 *
 * <p>Mutable (picocli injects the spec) and not thread-safe.
 */
@Command(
    name = "methodologies",
    mixinStandardHelpOptions = true,
    description = "Lists the bundled methodologies (for score --methodology ID) with their sources and years.")
public final class MethodologiesCommand implements Callable<Integer> {

  /** The width the publisher and source text wraps at. */
  private static final int SOURCE_WIDTH = 80;

  @Spec private CommandSpec spec;

  /** Creates the command; picocli instantiates it. */
  public MethodologiesCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int idWidth = ReformIndicatorsIo.BUNDLED_METHODOLOGIES.stream().mapToInt(String::length).max().orElse(2);
    for (String id : ReformIndicatorsIo.BUNDLED_METHODOLOGIES) {
      CompositeIndex index = Bundled.methodology(id);
      String years = index.firstYear() + "–"
          + (index.lastYear().isPresent() ? String.valueOf(index.lastYear().getAsInt()) : "");
      out.printf("%-" + idWidth + "s  %-9s  %s (%s)%n", id, years, index.nameEn(), index.nameVi());
      String indent = " ".repeat(idWidth + 2 + 9 + 2);
      for (String line : TextReportRenderer.wrap(index.publisher() + ": " + index.source(), SOURCE_WIDTH)) {
        out.println(indent + line);
      }
      int unverified = index.unverified().size()
          + index.root().nodes().stream().mapToInt(node -> node.unverified().size()).sum();
      if (unverified > 0) {
        out.printf("%-" + idWidth + "s  %-9s  %d unverified parameter%s (see the file)%n", "", "",
            unverified, unverified == 1 ? "" : "s");
      }
    }
    out.flush();
    return ReformCommand.EXIT_OK;
  }
}
