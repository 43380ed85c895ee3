package org.reformindicators.io.internal.composite;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.io.internal.document.DocumentForm;

/** The plain forms (records mirroring YAML mappings) of the methodology format, version 1. */
final class MethodologyForms {

  private MethodologyForms() {}

  /** {@code {vi, en}}. */
  record NameForm(String vi, String en) {}

  /** {@code {from, to?}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record YearsForm(Integer from, Integer to) {}

  /** {@code {policy, minimumCoverage?}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MissingDataForm(String policy, Double minimumCoverage) {}

  /** {@code {label, from}}. */
  record BandForm(String label, BigDecimal from) {}

  /** {@code {kind: bands, bands, below}} or {@code {kind: percentile-quartiles, labels}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record GroupingForm(String kind, List<BandForm> bands, String below, List<String> labels) {}

  /** {@code {method, grouping?}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RankingForm(String method, GroupingForm grouping) {}

  /** {@code {method, scale?}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record AggregationForm(String method, BigDecimal scale) {}

  /** {@code {decimals, mode}}. */
  record RoundingForm(Integer decimals, String mode) {}

  /** A normalisation: {@code kind} and its parameters. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NormalisationForm(
      String kind,
      Double lower,
      Double upper,
      Double mean,
      Double standardDeviation,
      Double low,
      Double high,
      Double scale,
      Double target,
      Boolean capAtTarget) {}

  /** {@code {bound, points}}. */
  record StepForm(BigDecimal bound, BigDecimal points) {}

  /** A scoring rule: {@code kind} and its parameters. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ScoringForm(
      String kind,
      BigDecimal threshold,
      BigDecimal maxPoints,
      String comparison,
      List<StepForm> steps,
      BigDecimal otherwise,
      BigDecimal from,
      BigDecimal fromPoints,
      BigDecimal to,
      BigDecimal toPoints) {}

  /** A node of the index tree. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record NodeForm(
      String code,
      NameForm name,
      BigDecimal weight,
      BigDecimal maxPoints,
      String direction,
      AggregationForm aggregation,
      NormalisationForm normalisation,
      ScoringForm scoring,
      RoundingForm rounding,
      Map<String, String> unverified,
      List<IndexNode> children) {}

  /** A methodology document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record MethodologyForm(
      Integer formatVersion,
      String kind,
      String id,
      NameForm name,
      String publisher,
      String source,
      YearsForm years,
      MissingDataForm missingData,
      RankingForm ranking,
      Map<String, String> unverified,
      IndexNode root)
      implements DocumentForm {}
}
