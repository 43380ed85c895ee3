package org.reformindicators.io.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.reformindicators.core.period.PeriodParseException;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * Core's period parser, {@link ReportingPeriod#parse(CharSequence)}, which documents {@link
 * PeriodParseException} (an {@code IllegalArgumentException}) whose message quotes the input and, for a syntax
 * error, gives the index of the offending character. A period it returns must read back from its canonical
 * text.
 */
enum PeriodTarget implements FuzzTarget {
  /** The period parser. */
  PERIODS;

  /** The parser quotes this many characters of the input, then an ellipsis ({@code PeriodParseException}). */
  private static final int QUOTED = 64;

  @Override
  public String id() {
    return "period";
  }

  @Override
  public String corpus() {
    return "period";
  }

  @Override
  public int defaultIterations() {
    return 10_000;
  }

  @Override
  public Outcome read(Seed seed, byte[] input, int variant) {
    String text = Bytes.decodeWtf8(input);
    try {
      ReportingPeriod period = ReportingPeriod.parse(text);
      List<String> violations = new ArrayList<>();
      try {
        ReportingPeriod again = ReportingPeriod.parse(period.toString());
        if (!again.equals(period)) {
          violations.add("canonical text " + period + " reads back as " + again);
        }
      } catch (IllegalArgumentException e) {
        violations.add("canonical text " + period + " does not read back: " + e.getMessage());
      }
      return new Outcome(period, false, List.of(), null, violations, -1, -1, true);
    } catch (PeriodParseException e) {
      return new Outcome(null, true, List.of(), null, check(text, e), -1, -1, true);
    } catch (Throwable e) { // the property is that nothing else is ever thrown, errors included
      return Outcome.unexpected(e);
    }
  }

  private static List<String> check(String text, PeriodParseException e) {
    List<String> violations = new ArrayList<>();
    String message = String.valueOf(e.getMessage());
    String quoted = "\"" + (text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…") + "\"";
    if (!message.startsWith(quoted + ": ")) {
      violations.add("message does not start with the quoted input " + quoted + ": " + message);
    }
    if (!text.equals(e.input())) {
      violations.add("input() is not the text parsed");
    }
    int index = e.errorIndex();
    if (index < -1 || index > text.length()) {
      violations.add("error index " + index + " outside the input of " + text.length() + " chars: " + message);
    } else if (index >= 0 && !message.endsWith(" at index " + index)) {
      violations.add("message does not end with the error index " + index + ": " + message);
    }
    List<String> denied = MessageRules.denied(message.substring(Math.min(message.length(), quoted.length())));
    if (!denied.isEmpty()) {
      violations.add("deny list " + denied + ": " + message);
    }
    return violations;
  }
}
