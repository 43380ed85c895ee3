package org.reformindicators.io.dossier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.record.DossierOutcome;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.HandlingLevel;
import org.reformindicators.core.record.OnlineServiceLevel;
import org.reformindicators.core.record.SubmissionChannel;
import org.reformindicators.io.internal.deser.ReadErrors;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ProblemLocation;

/**
 * Parses one line of a JSON Lines dossier file into a record, reporting each bad property with the line, its JSON
 * pointer and column, the value and the rule, such as "/received (line 7, column 58): received must be a date
 * YYYY-MM-DD, was '15/03/2024'". Mutable and not thread-safe; one instance per line.
 */
final class JsonLineParser {

  /** The properties of a dossier object, as in {@code dossier-record-1.schema.json}. */
  static final List<String> PROPERTIES =
      List.of(
          "id", "unit", "level", "agency", "procedure", "received", "due", "completed", "outcome", "channel",
          "onlineLevel", "feeBearing", "paidOnline", "dossierDigitised", "resultDigitised", "passedElectronically",
          "returnedForSupplement", "satisfaction");

  private static final List<String> REQUIRED =
      PROPERTIES.stream().filter(p -> !p.equals("due") && !p.equals("completed") && !p.equals("satisfaction"))
          .toList();

  private final ObjectMapper mapper;
  private final int line;
  private final ProblemCollector problems;
  private final boolean failOnUnknown;
  private final Map<String, Value> values = new HashMap<>();
  private boolean bad;

  /** A property's scalar value with the column where it starts. */
  private record Value(JsonToken token, String text, int column) {}

  JsonLineParser(ObjectMapper mapper, long line, ProblemCollector problems, boolean failOnUnknown) {
    this.mapper = mapper;
    this.line = (int) Math.min(Integer.MAX_VALUE, line);
    this.problems = problems;
    this.failOnUnknown = failOnUnknown;
  }

  /** Returns the record of the line, or {@code null} after reporting why there is none. */
  DossierRecord parse(String text) {
    if (!readObject(text)) {
      return null;
    }
    for (String name : REQUIRED) {
      Value given = values.get(name);
      if (given == null || given.token() == JsonToken.VALUE_NULL) {
        report(name, given == null ? 1 : given.column(), "", name + " is required and must not be null");
      }
    }
    if (bad) {
      return null;
    }
    String id = code("id");
    UnitCode unit = unit();
    HandlingLevel level = constant("level", HandlingLevel.class);
    String agency = code("agency");
    String procedure = code("procedure");
    LocalDate received = date("received");
    LocalDate due = date("due");
    LocalDate completed = date("completed");
    DossierOutcome outcome = constant("outcome", DossierOutcome.class);
    SubmissionChannel channel = constant("channel", SubmissionChannel.class);
    OnlineServiceLevel onlineLevel = constant("onlineLevel", OnlineServiceLevel.class);
    boolean feeBearing = flag("feeBearing");
    boolean paidOnline = flag("paidOnline");
    boolean dossierDigitised = flag("dossierDigitised");
    boolean resultDigitised = flag("resultDigitised");
    boolean passedElectronically = flag("passedElectronically");
    boolean returned = flag("returnedForSupplement");
    Integer satisfaction = rating();
    if (bad) {
      return null;
    }
    DossierRecord.Builder builder =
        DossierRecord.builder().id(id).unit(unit).level(level).agency(agency).procedure(procedure)
            .received(received).outcome(outcome).channel(channel).onlineLevel(onlineLevel).feeBearing(feeBearing)
            .paidOnline(paidOnline).dossierDigitised(dossierDigitised).resultDigitised(resultDigitised)
            .passedElectronically(passedElectronically).returnedForSupplement(returned);
    if (due != null) {
      builder.due(due);
    }
    if (completed != null) {
      builder.completed(completed);
    }
    if (satisfaction != null) {
      builder.satisfaction(satisfaction);
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      // rules between properties (dates, payment flags): the core message names them
      problems.add(new Problem(new ProblemLocation.Document("", line, 1), "", "", e.getMessage()));
      return null;
    }
  }

  /** Reads the line's one object into {@link #values}; returns whether it is a flat object of scalars. */
  private boolean readObject(String text) {
    try (JsonParser parser = mapper.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_OBJECT) {
        report("", 1, preview(text), "a line must be one JSON object (a dossier), found "
            + ReadErrors.found(parser));
        return false;
      }
      Map<String, Integer> seen = new LinkedHashMap<>();
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        int nameColumn = parser.currentTokenLocation().getColumnNr();
        JsonToken valueToken = parser.nextToken();
        int column = parser.currentTokenLocation().getColumnNr();
        if (seen.putIfAbsent(name, column) != null) {
          report(name, nameColumn, name, "property '" + name + "' is given twice");
          parser.skipChildren();
          continue;
        }
        if (!PROPERTIES.contains(name)) {
          parser.skipChildren();
          if (failOnUnknown) {
            report(name, nameColumn, name, "unknown property '" + name + "'; a dossier has only the properties "
                + PROPERTIES + " (no personal data)");
          }
          continue;
        }
        if (valueToken.isStructStart()) {
          parser.skipChildren();
          report(name, column, "", name + " must be a single value, found a "
              + (valueToken == JsonToken.START_OBJECT ? "object" : "list"));
          continue;
        }
        values.put(name, new Value(valueToken, parser.getText(), column));
      }
      if (parser.nextToken() != null) {
        report("", parser.currentTokenLocation().getColumnNr(), "",
            "a line must hold one JSON object only; text follows the object");
        return false;
      }
      return !bad;
    } catch (JsonProcessingException e) {
      int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
      report("", column, preview(text), ReadErrors.message(e, null));
      return false;
    } catch (IOException e) {
      // reading a string cannot fail
      throw new IllegalStateException(e);
    }
  }

  private Value value(String name) {
    Value value = values.get(name);
    return value == null || value.token() == JsonToken.VALUE_NULL ? null : value;
  }

  private String string(String name) {
    Value value = value(name);
    if (value == null) {
      return null;
    }
    if (value.token() != JsonToken.VALUE_STRING) {
      report(name, value.column(), value.text(), name + " must be text (in quotes), was " + value.text());
      return null;
    }
    return value.text();
  }

  private String code(String name) {
    String text = string(name);
    if (text != null && !DossierRecord.isValidCode(text)) {
      report(name, values.get(name).column(), text,
          name + " must be ASCII letters, digits, '.', '-' or '_', starting with a letter or digit, at most "
              + DossierRecord.MAX_CODE_LENGTH + " characters, was '" + text + "'");
    }
    return text;
  }

  private UnitCode unit() {
    String text = string("unit");
    if (text != null && !UnitCode.isValid(text)) {
      report("unit", values.get("unit").column(), text,
          "unit must be a unit code of ASCII letters and digits, leading zeros kept, was '" + text + "'");
      return null;
    }
    return text == null ? null : UnitCode.of(text);
  }

  private LocalDate date(String name) {
    String text = string(name);
    if (text == null) {
      return null;
    }
    LocalDate date = RowParser.isoDate(text);
    if (date == null) {
      report(name, values.get(name).column(), text,
          name + " must be a date YYYY-MM-DD, such as 2024-03-15, was '" + text + "'");
    }
    return date;
  }

  private <E extends Enum<E>> E constant(String name, Class<E> type) {
    String text = string(name);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    report(name, values.get(name).column(), text, name + " must be one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList() + ", was '" + text + "'");
    return null;
  }

  private boolean flag(String name) {
    Value value = value(name);
    if (value == null) {
      return false;
    }
    if (value.token() == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (value.token() != JsonToken.VALUE_FALSE) {
      report(name, value.column(), value.text(), name + " must be true or false (without quotes), was "
          + (value.token() == JsonToken.VALUE_STRING ? "'" + value.text() + "'" : value.text()));
    }
    return false;
  }

  private Integer rating() {
    Value value = value("satisfaction");
    if (value == null) {
      return null;
    }
    String text = value.text();
    if (value.token() == JsonToken.VALUE_NUMBER_INT && text.length() == 1 && text.charAt(0) >= '1'
        && text.charAt(0) <= '5') {
      return text.charAt(0) - '0';
    }
    report("satisfaction", value.column(), text,
        "satisfaction must be absent, null or a whole number from 1 to 5, was " + text);
    return null;
  }

  private void report(String name, int column, String value, String message) {
    bad = true;
    String pointer = name.isEmpty() ? "" : "/" + name.replace("~", "~0").replace("/", "~1");
    problems.add(new Problem(new ProblemLocation.Document(pointer, line, Math.max(0, column)), name, value, message));
  }

  private static String preview(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
