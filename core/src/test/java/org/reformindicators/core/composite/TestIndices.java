package org.reformindicators.core.composite;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ranking.BandScheme;
import org.reformindicators.core.composite.ranking.PercentileQuartiles;
import org.reformindicators.core.composite.scoring.ProportionalToThreshold;

/** Methodologies and data shared by the tests of the composite packages, built in code. */
public final class TestIndices {

  /** The PCI component codes in published order (as in the bundled methodology files). */
  public static final List<ComponentCode> PCI_CODES =
      codes(
          "PCI_ENTRY_COSTS",
          "PCI_LAND_ACCESS",
          "PCI_TRANSPARENCY",
          "PCI_TIME_COSTS",
          "PCI_INFORMAL_CHARGES",
          "PCI_POLICY_BIAS",
          "PCI_PROACTIVITY",
          "PCI_BUSINESS_SUPPORT",
          "PCI_LABOR_TRAINING",
          "PCI_LEGAL_INSTITUTIONS");

  /** The PCI weights (VCCI, PCI 2016 handbook). */
  public static final List<String> PCI_WEIGHTS =
      List.of("0.05", "0.05", "0.20", "0.05", "0.10", "0.05", "0.05", "0.20", "0.20", "0.05");

  /** Quảng Ngãi 2019 sub-indices (VCCI, PCI 2019 provincial profile of Quảng Ngãi). */
  public static final String[] QUANG_NGAI_2019 = {
    "8.23", "6.65", "6.96", "6.56", "5.93", "5.46", "5.90", "6.17", "6.24", "6.49"
  };

  /** Quảng Ngãi 2020 sub-indices (VCCI, PCI 2020 provincial profile of Quảng Ngãi). */
  public static final String[] QUANG_NGAI_2020 = {
    "8.16", "6.07", "6.29", "7.28", "6.60", "6.75", "6.09", "5.50", "6.21", "6.81"
  };

  /** The PAPI dimension codes (as in the bundled methodology files). */
  public static final List<ComponentCode> PAPI_CODES =
      codes(
          "PAPI_PARTICIPATION",
          "PAPI_TRANSPARENCY",
          "PAPI_VERTICAL_ACCOUNTABILITY",
          "PAPI_CONTROL_OF_CORRUPTION",
          "PAPI_ADMIN_PROCEDURES",
          "PAPI_PUBLIC_SERVICE_DELIVERY",
          "PAPI_ENVIRONMENTAL_GOVERNANCE",
          "PAPI_E_GOVERNANCE");

  /** The PAR INDEX area codes (as in the bundled methodology files) and maximum points under 2948/QĐ-BNV (Decision 2948/QĐ-BNV, Ministry of Home Affairs). */
  public static final List<ComponentCode> PAR_CODES =
      codes(
          "PAR_DIRECTION",
          "PAR_LEGAL_DOCUMENTS",
          "PAR_ADMIN_PROCEDURES",
          "PAR_ORGANIZATION",
          "PAR_CIVIL_SERVICE",
          "PAR_PUBLIC_FINANCE",
          "PAR_MODERNIZATION",
          "PAR_IMPACT");

  /** The PAR INDEX maximum points per area, 100 in all (Decision 2948/QĐ-BNV, Ministry of Home Affairs). */
  public static final List<String> PAR_MAX_POINTS =
      List.of("10.00", "10.00", "14.50", "11.00", "16.00", "7.00", "16.00", "15.50");

  private TestIndices() {}

  /** The component codes with the given texts, in order. */
  public static List<ComponentCode> codes(String... texts) {
    return java.util.Arrays.stream(texts).map(ComponentCode::of).toList();
  }

  /** PCI = 10 × Σ weight × sub-index, published with two decimals. */
  public static CompositeIndex pci() {
    IndexNode.Builder root =
        IndexNode.builder(ComponentCode.of("PCI"))
            .names("Chỉ số năng lực cạnh tranh cấp tỉnh", "Provincial Competitiveness Index")
            .aggregation(Aggregation.weightedArithmetic(new java.math.BigDecimal("10")))
            .maxPoints("100")
            .rounding(Rounding.halfUp(2));
    for (int i = 0; i < PCI_CODES.size(); i++) {
      root.child(
          IndexNode.builder(PCI_CODES.get(i))
              .weight(PCI_WEIGHTS.get(i))
              .maxPoints("10")
              .rounding(Rounding.halfUp(2))
              .build());
    }
    return CompositeIndex.builder("pci")
        .names("Chỉ số năng lực cạnh tranh cấp tỉnh", "Provincial Competitiveness Index")
        .publisher("VCCI")
        .source("PCI 2016 handbook")
        .yearsFrom(2013)
        .root(root.build())
        .unverified("years", "Whether the weights changed from 2021 is unverified (VCCI does not say).")
        .build();
  }

  /** PAPI = the plain sum of the eight dimensions, published with four decimals. */
  public static CompositeIndex papi() {
    IndexNode.Builder root =
        IndexNode.builder(ComponentCode.of("PAPI")).aggregation(Aggregation.sum()).rounding(Rounding.halfUp(4));
    for (ComponentCode code : PAPI_CODES) {
      root.child(IndexNode.builder(code).maxPoints("10").build());
    }
    return CompositeIndex.builder("papi")
        .names("Chỉ số PAPI", "PAPI")
        .publisher("UNDP, CECODES")
        .source("PAPI reports")
        .yearsFrom(2018)
        .root(root.build())
        .grouping(PercentileQuartiles.PAPI)
        .build();
  }

  /** PAR INDEX (2948/QĐ-BNV) = points ÷ 100 maximum points × 100, two decimals, bands A/B/C. */
  public static CompositeIndex parIndex() {
    IndexNode.Builder root =
        IndexNode.builder(ComponentCode.of("PAR_INDEX")).aggregation(Aggregation.pointsShare()).rounding(Rounding.halfUp(2));
    for (int i = 0; i < PAR_CODES.size(); i++) {
      root.child(IndexNode.builder(PAR_CODES.get(i)).maxPoints(PAR_MAX_POINTS.get(i)).build());
    }
    return CompositeIndex.builder("par-index-2948")
        .names("Chỉ số cải cách hành chính", "PAR INDEX")
        .publisher("Bộ Nội vụ")
        .source("Decision 2948/QĐ-BNV of 28 Dec 2017")
        .years(2017, 2017)
        .root(root.build())
        .grouping(BandScheme.PAR_INDEX)
        .build();
  }

  /** The 766 index: the sum of five groups; the progress group scored proportionally up to 80 %. */
  public static CompositeIndex dvc766() {
    IndexNode root =
        IndexNode.builder(ComponentCode.of("DVC766"))
            .aggregation(Aggregation.sum())
            .rounding(Rounding.halfUp(2))
            .child(IndexNode.builder(ComponentCode.of("DVC766_TRANSPARENCY")).maxPoints("18").build())
            .child(
                IndexNode.builder(ComponentCode.of("DVC766_PROGRESS"))
                    .scoring(ProportionalToThreshold.of("80", "20"))
                    .unverified("scoring", "threshold seen in implementations only (not in Decision 766/QĐ-TTg itself)")
                    .build())
            .child(IndexNode.builder(ComponentCode.of("DVC766_DIGITISATION")).maxPoints("22").build())
            .child(IndexNode.builder(ComponentCode.of("DVC766_ONLINE_SERVICE")).maxPoints("22").build())
            .child(IndexNode.builder(ComponentCode.of("DVC766_SATISFACTION")).maxPoints("18").build())
            .build();
    return CompositeIndex.builder("dvc-766")
        .names("Bộ chỉ số phục vụ người dân, doanh nghiệp", "Decision 766 index")
        .publisher("Văn phòng Chính phủ")
        .source("Decision 766/QĐ-TTg of 23 Jun 2022")
        .yearsFrom(2022)
        .root(root)
        .build();
  }

  /**
   * A synthetic 0–10 data matrix (seeded, not published data) for {@code units} units and the given codes,
   * unit identifiers "U01", "U02", ….
   */
  public static DataMatrix syntheticMatrix(List<ComponentCode> codes, int units, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DataMatrix.Builder builder = DataMatrix.builder(codes);
    for (int u = 0; u < units; u++) {
      double[] row = new double[codes.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = Math.round((1 + 9 * random.nextDouble()) * 100) / 100.0;
      }
      builder.row(UnitCode.of(String.format("U%02d", u + 1)), row);
    }
    return builder.build();
  }

  /** Wraps a root node in a test methodology with the given missing-data policy. */
  public static CompositeIndex index(IndexNode root, MissingDataPolicy policy) {
    return CompositeIndex.builder("test")
        .names("thử", "test")
        .publisher("tests")
        .source("tests")
        .yearsFrom(2020)
        .root(root)
        .missingData(policy)
        .build();
  }

  /** Builds a flat index with the given weights and aggregation method, scale 1, no rounding. */
  public static CompositeIndex flat(List<ComponentCode> codes, double[] weights, AggregationMethod method) {
    List<IndexNode> children = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      children.add(
          IndexNode.builder(codes.get(i))
              .weight(java.math.BigDecimal.valueOf(weights[i]))
              .maxPoints("10")
              .build());
    }
    return index(
        IndexNode.builder(ComponentCode.of("TOTAL"))
            .aggregation(new Aggregation(method, java.math.BigDecimal.ONE))
            .children(children)
            .build(),
        MissingDataPolicy.fail());
  }
}
