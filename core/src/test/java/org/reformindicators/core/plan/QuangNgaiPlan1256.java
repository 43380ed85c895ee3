package org.reformindicators.core.plan;

import java.time.LocalDate;
import java.util.List;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.Direction;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.Measure;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ChangeMeasure;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.Comparison;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.RankUniverseRule;
import org.reformindicators.core.target.Reading;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.Threshold;

/**
 * Test fixture: the Quảng Ngãi plan of Decision 1256/QĐ-UBND (2021-12-22), all 38 clauses of {@code
 * docs/plan-1256-model.md} with their verbatim Vietnamese source text (seed {@code 000_428bda946ba92181.txt}), built in Java.
 * {@code docs/plan-1256-model.md} documents the same model for the YAML version of the plan.
 */
public final class QuangNgaiPlan1256 {

  /** The unit the plan is for: Quảng Ngãi, GSO code 51. */
  public static final String UNIT_CODE = "51";

  /** The provincial People's Committee, issuer of the plan. */
  public static final BilingualText PEOPLES_COMMITTEE =
      BilingualText.of("Ủy ban nhân dân tỉnh Quảng Ngãi", "People's Committee of Quảng Ngãi province");

  // ---------------------------------------------------------------------------------------------------------------
  // Indicator codes (docs/formats/observations.md syntax). T1 uses the official rank codes; the others are the plan's own.

  /** PAR INDEX rank (official). */
  public static final String PAR_INDEX_RANK = "PAR_INDEX_RANK";
  /** PAPI rank (official). */
  public static final String PAPI_RANK = "PAPI_RANK";
  /** PCI rank (official). */
  public static final String PCI_RANK = "PCI_RANK";
  /** SIPAS, satisfaction with the service of administrative agencies (official). */
  public static final String SIPAS = "SIPAS";

  /** T2a. */
  public static final String JOB_POSITION_SCHEMES_REAPPROVED = "QNG_JOB_POSITION_SCHEMES_REAPPROVED";
  /** T2b. */
  public static final String JOB_POSITION_SCHEMES_KEPT_CURRENT = "QNG_JOB_POSITION_SCHEMES_KEPT_CURRENT";
  /** T3. */
  public static final String LEGAL_DOCUMENTS_DUE_PROCESS = "QNG_LEGAL_DOCUMENTS_DUE_PROCESS";
  /** T4. */
  public static final String UNIT_REORGANISATION_COMPLETED = "QNG_UNIT_REORGANISATION_COMPLETED";
  /** T5. */
  public static final String DOSSIERS_TRANSFERRED_ELECTRONICALLY = "QNG_DOSSIERS_TRANSFERRED_ELECTRONICALLY";
  /** T6a. */
  public static final String PAYABLE_PROCEDURES_ONLINE_PAYMENT = "QNG_PAYABLE_PROCEDURES_ONLINE_PAYMENT";
  /** T6b. */
  public static final String ONLINE_PAYMENT_TRANSACTIONS = "QNG_ONLINE_PAYMENT_TRANSACTIONS";
  /** T7a–c. */
  public static final String RESULTS_DIGITISED = "QNG_RESULTS_DIGITISED";
  /** T8a. */
  public static final String DOCUMENTS_ELECTRONIC_SIGNED = "QNG_DOCUMENTS_ELECTRONIC_SIGNED";
  /** T8b. */
  public static final String INTERNAL_PROCEDURES_PUBLISHED = "QNG_INTERNAL_PROCEDURES_PUBLISHED";
  /** T8c. */
  public static final String INSPECTIONS_DIGITAL = "QNG_INSPECTIONS_DIGITAL";
  /** T9a–c. */
  public static final String WORK_FILES_ONLINE = "QNG_WORK_FILES_ONLINE";
  /** T10a. */
  public static final String PROCEDURES_ONLINE_LEVEL_3_4 = "QNG_PROCEDURES_ONLINE_LEVEL_3_4";
  /** T10b. */
  public static final String PROCEDURES_ON_NATIONAL_PORTAL = "QNG_PROCEDURES_ON_NATIONAL_PORTAL";
  /** T10c. */
  public static final String DOSSIERS_ONLINE_LEVEL_3_4 = "QNG_DOSSIERS_ONLINE_LEVEL_3_4";
  /** T11. */
  public static final String NO_RESUBMISSION = "QNG_NO_RESUBMISSION";
  /** T12a. */
  public static final String STAFF_REDUCTION = "QNG_STAFF_REDUCTION";
  /** T12b, T12c. */
  public static final String PUBLIC_SERVICE_UNITS = "QNG_PUBLIC_SERVICE_UNITS";
  /** T12d. */
  public static final String UNITS_SELF_FINANCING = "QNG_UNITS_SELF_FINANCING";
  /** T12e. */
  public static final String ELIGIBLE_UNITS_CONVERTED = "QNG_ELIGIBLE_UNITS_CONVERTED";
  /** T13a. */
  public static final String CIVIL_SERVICE_STRUCTURE = "QNG_CIVIL_SERVICE_STRUCTURE";
  /** T13b. */
  public static final String STAFF_BASIC_DIGITAL_SKILLS = "QNG_STAFF_BASIC_DIGITAL_SKILLS";
  /** T13c. */
  public static final String STAFF_DATA_SKILLS = "QNG_STAFF_DATA_SKILLS";
  /** T14a, T14b. */
  public static final String SATISFACTION_PROCEDURES = "QNG_SATISFACTION_PROCEDURES";
  /** T14d. */
  public static final String SATISFACTION_PUBLIC_SERVICES = "QNG_SATISFACTION_PUBLIC_SERVICES";

  /** The norm T12a refers to, supplied at evaluation time. */
  public static final String CENTRAL_STAFF_REDUCTION_RATIO = "CENTRAL_STAFF_REDUCTION_RATIO";

  // ---------------------------------------------------------------------------------------------------------------
  // Readings (docs/plan-1256-model.md, readings).

  /** Bands are commitments at their weaker end. */
  public static final Reading BAND_AT_WEAKER_END =
      Reading.of(
          "BAND_AT_WEAKER_END",
          "Chỉ tiêu dạng khoảng là cam kết ở đầu yếu hơn của khoảng: thứ hạng 30/63 hoặc tốt hơn là đạt chỉ tiêu "
              + "\"25 - 30/63\", tốt hơn hạng 25 là vượt; tăng từ 5 bậc mỗi năm trở lên là đạt chỉ tiêu \"5 - 8 "
              + "bậc\", trên 8 bậc là vượt. Kết quả tốt hơn cả khoảng không bao giờ bị tính là không đạt.",
          "A band is a commitment at its weaker end: rank 30 of 63 or better meets \"25–30 of 63\" and a rank "
              + "better than 25 exceeds it; a gain of 5 or more places a year meets \"5–8 places\" and more than 8 "
              + "exceeds it. A result better than the whole band never counts as a failure.",
          "Two-sided band: a rank better than 25, or a gain above 8 places a year, misses the target.",
          "Midpoint: the target is the middle of the band (27.5 of 63; 6.5 places a year).");

  /** Rank gains are measured from 2020. */
  public static final Reading RANK_BASELINE_2020 =
      Reading.of(
          "RANK_BASELINE_2020",
          "Mức tăng bậc bình quân mỗi năm của Chỉ số CCHC và Chỉ số PAPI được tính từ kết quả năm 2020, kết quả "
              + "cuối cùng trước giai đoạn 2021 - 2025.",
          "The average yearly gain in rank of the PAR INDEX and PAPI is measured from the 2020 result, the last "
              + "one before the phase 2021–2025 (PAR INDEX 63/63 and PAPI 62/63 in 2020).",
          "Measure from the 2021 result, the first year of the phase.");

  /** Ranks from another universe are compared by relative position. */
  public static final Reading RANK_UNIVERSE_RELATIVE_POSITION =
      Reading.of(
          "RANK_UNIVERSE_RELATIVE_POSITION",
          "Thứ hạng được so trực tiếp với chỉ tiêu \"/63\" khi có 63 đơn vị được xếp hạng. Khi số đơn vị được xếp "
              + "hạng là N khác 63 (34 tỉnh, thành phố từ ngày 01/7/2025, hoặc 61 khi có tỉnh không được xếp hạng), "
              + "thứ hạng r/N được quy đổi theo vị trí tương đối (r - 1)/(N - 1) thành 1 + (r - 1) x 62/(N - 1) "
              + "trên 63, và kết quả đánh giá ghi rõ việc quy đổi.",
          "A rank is compared with a target \"of 63\" directly when 63 units were ranked. When another number N "
              + "were ranked (34 provincial-level units from 2025-07-01, or 61 when some provinces went unscored), "
              + "rank r of N is converted by its relative position (r − 1)/(N − 1) to 1 + (r − 1)·62/(N − 1) of 63, "
              + "and the assessment says so.",
          "Compare raw places whatever the universe (20 of 34 would count as 20 of 63).",
          "Do not assess rank targets in years ranked in another universe.");

  /** Clauses without their own date are due by 2025. */
  public static final Reading DEADLINE_2025 =
      Reading.of(
          "DEADLINE_2025",
          "Các chỉ tiêu không ghi thời hạn riêng được đánh giá vào năm 2025 (\"Các chỉ tiêu chủ yếu đến năm "
              + "2025\").",
          "Clauses without a date of their own are due by 2025 (\"the main targets to 2025\").",
          "Read them as applying in every year of the phase.");

  /** A bare percentage is a minimum. */
  public static final Reading BARE_PERCENTAGE_AS_MINIMUM =
      Reading.of(
          "BARE_PERCENTAGE_AS_MINIMUM",
          "Chỉ tiêu chỉ ghi một tỷ lệ (ví dụ \"90% TTHC nội bộ\") được hiểu là mức tối thiểu: đạt từ tỷ lệ đó trở "
              + "lên.",
          "A clause that states a bare percentage (\"90% of internal procedures\") is read as a minimum: that "
              + "share or more.",
          "An exact share, missed by a higher result.");

  /** "100%" means exactly 100 %. */
  public static final Reading FULL_SHARE_EXACTLY_100 =
      Reading.of(
          "FULL_SHARE_EXACTLY_100",
          "Chỉ tiêu \"100%\" được hiểu là bằng đúng 100%: một tỷ lệ không thể vượt 100%, nên mọi kết quả dưới "
              + "100% là chưa đạt và không có kết quả vượt chỉ tiêu.",
          "A \"100%\" clause is read as exactly 100 %: a share cannot exceed 100 %, so any result below 100 % "
              + "misses it and no result exceeds it.",
          "Accept a result that rounds to 100 % at the published precision.");

  /** T7: +20 percentage points a year from 2021, capped at 100 %. */
  public static final Reading T7_PERCENTAGE_POINTS_TRAJECTORY =
      Reading.of(
          "T7_PERCENTAGE_POINTS_TRAJECTORY",
          "\"Mỗi năm tăng tối thiểu 20%\" được hiểu là tăng tối thiểu 20 điểm phần trăm mỗi năm so với tỷ lệ năm "
              + "2021: năm t phải đạt tối thiểu tỷ lệ năm 2021 + 20 x (t - 2021), tối đa 100%; áp dụng riêng cho "
              + "từng cấp tỉnh, huyện, xã trong mỗi năm 2022 - 2025.",
          "\"Rises at least 20% a year\" is read as at least +20 percentage points a year from the 2021 share: year "
              + "t must reach the 2021 share + 20·(t − 2021), capped at 100 %; for each level (province, district, "
              + "commune) separately, in each year 2022–2025.",
          "+20 % relative growth a year (the share multiplied by 1.2 each year).",
          "Year on year against the previous year's actual share rather than along the path from 2021.");

  /** T12b: at least 10 % fewer units in 2025 than in 2021. */
  public static final Reading T12B_REDUCTION_2021_2025 =
      Reading.of(
          "T12B_REDUCTION_2021_2025",
          "\"Giảm tối thiểu bình quân 10%\" được hiểu là số đơn vị sự nghiệp công lập năm 2025 ít hơn năm 2021 tối "
              + "thiểu 10%, theo cách Nghị quyết 19-NQ/TW đặt mức giảm cho từng giai đoạn so với năm gốc.",
          "\"Reduced by at least 10% on average\" is read as at least 10 % fewer public service units in 2025 than "
              + "in 2021, as Resolution 19-NQ/TW sets reductions per sub-period against a base year.",
          "10 % a year on average over 2021–2025 (about 41 % in total), which contradicts T12c (20 % over "
              + "2018–2025).");

  /** District-level clauses lapse on 2025-07-01. */
  public static final Reading DISTRICT_LEVEL_ABOLISHED =
      Reading.of(
          "DISTRICT_LEVEL_ABOLISHED",
          "Cấp huyện chấm dứt hoạt động từ ngày 01/7/2025 (chính quyền địa phương hai cấp); chỉ tiêu cấp huyện "
              + "không còn áp dụng từ ngày đó và được đánh giá theo số liệu đến ngày 30/6/2025.",
          "The district level ceased to exist on 2025-07-01 (two-tier local government); a district-level clause "
              + "is not applicable from that day and is judged on data up to 2025-06-30.",
          "Count the clause as missed for lack of data after 2025-06-30.",
          "Count the clause as met once the level is gone.");

  /** T10: the break in series of online service levels (Decree 42/2022/NĐ-CP). */
  public static final Reading ONLINE_SERVICE_LEVELS_BREAK =
      Reading.of(
          "ONLINE_SERVICE_LEVELS_BREAK",
          "Nghị định 42/2022/NĐ-CP thay dịch vụ công trực tuyến mức độ 3 và 4 bằng dịch vụ công trực tuyến toàn "
              + "trình và một phần; từ năm 2022 \"mức độ 3 và 4\" được hiểu là toàn trình và một phần, số liệu trước "
              + "và sau thay đổi là chuỗi bị gián đoạn (trạng thái SDMX B) và kết quả đánh giá phải nêu rõ.",
          "Decree 42/2022/NĐ-CP replaced online public services of level 3 and 4 with full-process and partial "
              + "online services; from 2022 \"level 3 and 4\" is read as full-process plus partial, the figures "
              + "before and after form a broken series (SDMX status B) and the assessment must show it.",
          "Count only full-process services as the successor of level 3 and 4.");

  /** "Of which" is a share of the preceding clause's population. */
  public static final Reading OF_WHICH_SUBPOPULATION =
      Reading.of(
          "OF_WHICH_SUBPOPULATION",
          "\"Trong số đó\" được hiểu là tỷ lệ tính trên nhóm của chỉ tiêu liền trước: giao dịch thanh toán của các "
              + "TTHC đã triển khai thanh toán trực tuyến; các TTHC được cung cấp trực tuyến mức độ 3 và 4.",
          "\"Of which\" is read as a share of the preceding clause's population: the payment transactions of the "
              + "procedures that offer online payment; the procedures offered online at level 3 and 4.",
          "A share of the whole population (all payable procedures; all eligible procedures).");

  /** Satisfaction by sector: each sector on its own. */
  public static final Reading EACH_SECTOR =
      Reading.of(
          "EACH_SECTOR",
          "Chỉ tiêu hài lòng nêu nhiều lĩnh vực được hiểu là từng lĩnh vực (đất đai, xây dựng, đầu tư; y tế, giáo "
              + "dục) đều phải đạt tối thiểu 85%.",
          "A satisfaction target naming several sectors is read as each sector (land, construction, investment; "
              + "health, education) reaching at least 85 % on its own.",
          "The pooled satisfaction over the named sectors reaches 85 %.");

  /** T12a: the central norm is supplied at evaluation time. */
  public static final Reading T12A_CENTRAL_NORM =
      Reading.of(
          "T12A_CENTRAL_NORM",
          "Kế hoạch không ghi tỷ lệ tinh giản biên chế do Trung ương quy định; tỷ lệ này được cung cấp khi đánh giá "
              + "(chuẩn CENTRAL_STAFF_REDUCTION_RATIO).",
          "The plan does not state the staff-reduction ratio the central government sets; it is supplied at "
              + "evaluation time (norm CENTRAL_STAFF_REDUCTION_RATIO).",
          "Assess the clause by hand.");

  /** T14c is measured by SIPAS. */
  public static final Reading T14C_MEASURED_BY_SIPAS =
      Reading.of(
          "T14C_MEASURED_BY_SIPAS",
          "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước được đo bằng "
              + "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của Bộ Nội vụ.",
          "Satisfaction of people and organisations with the service of state administrative agencies is measured "
              + "by the Ministry of Home Affairs' SIPAS (Chỉ số hài lòng về sự phục vụ hành chính).",
          "A satisfaction survey of the province's own.");

  /** Every reading of the plan, in the order reports list them. */
  public static final List<Reading> READINGS =
      List.of(
          BAND_AT_WEAKER_END,
          RANK_BASELINE_2020,
          RANK_UNIVERSE_RELATIVE_POSITION,
          DEADLINE_2025,
          BARE_PERCENTAGE_AS_MINIMUM,
          FULL_SHARE_EXACTLY_100,
          T7_PERCENTAGE_POINTS_TRAJECTORY,
          T12B_REDUCTION_2021_2025,
          DISTRICT_LEVEL_ABOLISHED,
          ONLINE_SERVICE_LEVELS_BREAK,
          OF_WHICH_SUBPOPULATION,
          EACH_SECTOR,
          T12A_CENTRAL_NORM,
          T14C_MEASURED_BY_SIPAS);

  // ---------------------------------------------------------------------------------------------------------------
  // Verbatim source texts (seed 000_428bda946ba92181.txt).

  static final String SRC_1_PAR_PAPI_GAIN =
      "Phấn đấu Chỉ số cải cách hành chính (sau đây viết tắt là CCHC), Chỉ số hiệu quả quản trị và hành chính công "
          + "xếp thứ hạng tăng bình quân mỗi năm từ 5 - 8 bậc";
  static final String SRC_1_PAR_PAPI =
      SRC_1_PAR_PAPI_GAIN + "; đến năm 2025, xếp thứ hạng từ 25 - 30/63 tỉnh, thành phố trực thuộc Trung ương.";
  static final String SRC_1_PCI_2021 =
      "Phấn đấu Chỉ số năng lực cạnh tranh cấp tỉnh năm 2021, xếp thứ hạng từ 20 - 30/63";
  static final String SRC_1_PCI =
      SRC_1_PCI_2021 + "; đến năm 2025, xếp thứ hạng từ 10 - 20/63 tỉnh, thành phố trực thuộc Trung ương.";
  static final String SRC_2A =
      "Trong năm 2022, hoàn thành phê duyệt lại Đề án vị trí việc làm ở 100% cơ quan hành chính cấp tỉnh, cấp huyện "
          + "theo Nghị định số 107/2020/NĐ-CP, số 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ";
  static final String SRC_2 = SRC_2A + " và thường xuyên rà soát, sửa đổi, bổ sung cho phù hợp.";
  static final String SRC_3 =
      "Hằng năm 100% văn bản quy phạm pháp luật (sau đây viết tắt là QPPL) được ban hành đúng quy trình, quy định; "
          + "bảo đảm yêu cầu về chất lượng, tính khả thi.";
  static final String SRC_4 =
      "Hoàn thành việc sắp xếp tinh gọn các đơn vị hành chính cấp huyện, xã, thôn, tổ dân phố theo chủ trương của "
          + "Trung ương.";
  static final String SRC_5 =
      "Tối thiểu 80% hồ sơ giải quyết thủ tục hành chính (sau đây viết tắt là TTHC) được luân chuyển trong nội bộ "
          + "giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức "
          + "điện tử.";
  static final String SRC_6A =
      "Tối thiểu 80% TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến";
  static final String SRC_6 = SRC_6A + ", trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên.";
  static final String SRC_7 =
      "Giai đoạn 2022 - 2025, số hóa kết quả giải quyết TTHC đang còn hiệu lực và có giá trị sử dụng thuộc thẩm "
          + "quyền giải quyết của cấp tỉnh, cấp huyện, cấp xã mỗi năm tăng tối thiểu 20% đối với mỗi cấp hành chính "
          + "cho đến khi đạt tỷ lệ 100% để bảo đảm việc kết nối, chia sẻ dữ liệu trong giải quyết TTHC trên môi "
          + "trường điện tử.";
  static final String SRC_8A =
      "100% văn bản trao đổi giữa các cơ quan nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số "
          + "chuyên dùng (trừ văn bản mật theo quy định của pháp luật).";
  static final String SRC_8B =
      "90% TTHC nội bộ giữa cơ quan hành chính nhà nước được công bố, công khai và cập nhật kịp thời.";
  static final String SRC_8C =
      "50% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông "
          + "tin của cơ quan quản lý.";
  static final String SRC_9 =
      "90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được "
          + "xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).";
  static final String SRC_10A =
      "Tối thiểu 80% TTHC có đủ điều kiện, được cung cấp trực tuyến mức độ 3 và 4.";
  static final String SRC_10B =
      "Trong số đó, ít nhất 80% TTHC được tích hợp, cung cấp trên cổng Dịch vụ công quốc gia.";
  static final String SRC_10C =
      "Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3 và 4 trên tổng số hồ sơ đạt tối thiểu 50%.";
  static final String SRC_11 =
      "80% người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã "
          + "được chấp nhận khi thực hiện thành công TTHC trước đó, mà cơ quan nhà nước có thẩm quyền giải quyết "
          + "TTHC đang quản lý, hoặc thông tin, giấy tờ, tài liệu đã được cơ quan nhà nước kết nối, chia sẻ.";
  static final String SRC_12A =
      "Thực hiện tinh giản biên chế cán bộ, công chức, viên chức bảo đảm tỷ lệ theo quy định của Trung ương.";
  static final String SRC_12BC =
      "Giảm tối thiểu bình quân 10% số lượng đơn vị sự nghiệp công lập (tổng giai đoạn 2018 - 2025 giảm tối thiểu "
          + "20% đơn vi).";
  static final String SRC_12D = "Tối thiểu 20% đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên";
  static final String SRC_12E =
      "100% đơn vị sự nghiệp kinh tế và sự nghiệp khác, có đủ điều kiện, hoàn thành việc chuyển đổi thành công ty "
          + "cổ phần hoặc chuyển sang tự bảo đảm chi thường xuyên và chi đầu tư.";
  static final String SRC_13A =
      "Xây dựng đội ngũ cán bộ, công chức, viên chức có cơ cấu hợp lý, đáp ứng tiêu chuẩn chức danh, vị trí việc "
          + "làm và khung năng lực theo quy định.";
  static final String SRC_13B =
      "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản";
  static final String SRC_13C =
      "50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ "
          + "số.";
  static final String SRC_14A =
      "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt tối thiểu 90%.";
  static final String SRC_14B =
      "Trong đó, mức độ hài lòng về giải quyết các TTHC lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%.";
  static final String SRC_14C =
      "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 90%.";
  static final String SRC_14D =
      "Mức độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập đạt tối thiểu 85%.";

  private static final BilingualText DISTRICT_LEVEL_GONE =
      BilingualText.of(
          "Cấp huyện chấm dứt hoạt động từ ngày 01/7/2025 (chính quyền địa phương hai cấp).",
          "The district level (cấp huyện) ceased to exist on 2025-07-01 (two-tier local government).");

  /** The first day on which district-level clauses no longer apply. */
  public static final LocalDate DISTRICT_LEVEL_END = LocalDate.of(2025, 7, 1);

  private QuangNgaiPlan1256() {}

  /**
   * Returns the plan.
   *
   * @return the plan with its 38 clauses
   */
  public static Plan plan() {
    return Plan.builder()
        .id("quang-ngai-1256-2021")
        .title(
            "Kế hoạch cải cách hành chính; nâng cao thứ hạng các chỉ số cải cách hành chính, hiệu quả quản trị và "
                + "hành chính công, năng lực cạnh tranh cấp tỉnh giai đoạn 2021 - 2025",
            "Plan for administrative reform and for raising the province's rank in the PAR INDEX, PAPI and PCI, "
                + "2021–2025")
        .legalReference("1256/QĐ-UBND", LocalDate.of(2021, 12, 22), PEOPLES_COMMITTEE)
        .unitCode(UnitCode.of(UNIT_CODE))
        .phase(Phase.of(2021, 2025))
        .addImplementedResolutions(
            LegalReference.of(
                "04-NQ/TU",
                LocalDate.of(2021, 10, 18),
                BilingualText.of("Tỉnh ủy Quảng Ngãi", "Quảng Ngãi provincial Party Committee")))
        .addImplementedResolutions(
            LegalReference.of(
                "93/NQ-HĐND",
                LocalDate.of(2021, 12, 8),
                BilingualText.of("Hội đồng nhân dân tỉnh Quảng Ngãi", "People's Council of Quảng Ngãi province")))
        .catalogue(catalogue())
        .rankUniverseRule(RankUniverseRule.RELATIVE_POSITION)
        .readings(READINGS)
        .targets(targets())
        .build();
  }

  /**
   * Returns the 38 targets in plan order.
   *
   * @return the targets
   */
  public static List<Target> targets() {
    CalendarYear y2025 = CalendarYear.of(2025);
    return List.of(
        rankGain("T1a", PAR_INDEX_RANK, "PAR INDEX"),
        Target.builder(ClauseId.parse("T1b"))
            .indicatorCode(IndicatorCode.of(PAR_INDEX_RANK))
            .kind(() -> RankBand.of(25, 30, 63))
            .deadline(y2025)
            .sourceText(SRC_1_PAR_PAPI)
            .englishRendering("PAR INDEX rank 25–30 of 63 provinces by 2025.")
            .addReadings(BAND_AT_WEAKER_END)
            .addReadings(RANK_UNIVERSE_RELATIVE_POSITION)
            .build(),
        rankGain("T1c", PAPI_RANK, "PAPI"),
        Target.builder(ClauseId.parse("T1d"))
            .indicatorCode(IndicatorCode.of(PAPI_RANK))
            .kind(() -> RankBand.of(25, 30, 63))
            .deadline(y2025)
            .sourceText(SRC_1_PAR_PAPI)
            .englishRendering("PAPI rank 25–30 of 63 provinces by 2025.")
            .addReadings(BAND_AT_WEAKER_END)
            .addReadings(RANK_UNIVERSE_RELATIVE_POSITION)
            .build(),
        Target.builder(ClauseId.parse("T1e"))
            .indicatorCode(IndicatorCode.of(PCI_RANK))
            .kind(() -> RankBand.of(20, 30, 63))
            .deadline(CalendarYear.of(2021))
            .milestoneOf(ClauseId.parse("T1f"))
            .sourceText(SRC_1_PCI_2021)
            .englishRendering("PCI rank 20–30 of 63 in 2021.")
            .addNotes("A milestone inside the phase on the way to T1f; judged on the PCI 2021 rank alone.")
            .addReadings(BAND_AT_WEAKER_END)
            .addReadings(RANK_UNIVERSE_RELATIVE_POSITION)
            .build(),
        Target.builder(ClauseId.parse("T1f"))
            .indicatorCode(IndicatorCode.of(PCI_RANK))
            .kind(() -> RankBand.of(10, 20, 63))
            .deadline(y2025)
            .sourceText(SRC_1_PCI)
            .englishRendering("PCI rank 10–20 of 63 provinces by 2025.")
            .addReadings(BAND_AT_WEAKER_END)
            .addReadings(RANK_UNIVERSE_RELATIVE_POSITION)
            .build(),
        Target.builder(ClauseId.parse("T2a"))
            .indicatorCode(IndicatorCode.of(JOB_POSITION_SCHEMES_REAPPROVED))
            .kind(() -> Threshold.exactly(100))
            .deadline(CalendarYear.of(2022))
            .sourceText(SRC_2A)
            .englishRendering(
                "In 2022, job-position schemes re-approved in 100% of provincial and district administrative "
                    + "agencies (Decrees 107/2020/NĐ-CP and 108/2020/NĐ-CP).")
            .addNotes("One share over the agencies of both levels: at 100 % it equals 100 % at each level.")
            .addReadings(FULL_SHARE_EXACTLY_100)
            .build(),
        Target.builder(ClauseId.parse("T2b"))
            .indicatorCode(IndicatorCode.of(JOB_POSITION_SCHEMES_KEPT_CURRENT))
            .kind(
                () -> Qualitative.of(
                    "Job-position schemes are regularly reviewed, amended and supplemented as needed."))
            .deadline(y2025)
            .sourceText(SRC_2)
            .englishRendering("…and the schemes are regularly reviewed, amended and supplemented.")
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T3"))
            .indicatorCode(IndicatorCode.of(LEGAL_DOCUMENTS_DUE_PROCESS))
            .kind(() -> Recurring.everyYear(Threshold.exactly(100), 2021, 2025))
            .deadline(y2025)
            .sourceText(SRC_3)
            .englishRendering(
                "Every year, 100% of legal normative documents (QPPL) are issued by the correct procedure, with the "
                    + "required quality and feasibility.")
            .addReadings(FULL_SHARE_EXACTLY_100)
            .build(),
        Target.builder(ClauseId.parse("T4"))
            .indicatorCode(IndicatorCode.of(UNIT_REORGANISATION_COMPLETED))
            .kind(Completion.of())
            .deadline(y2025)
            .sourceText(SRC_4)
            .englishRendering(
                "Reorganisation of district, commune, village and street-group units completed as the central "
                    + "government directs.")
            .addNotes("Recorded as 1 (done) or 0 (not done) for the province.")
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T5"))
            .indicatorCode(IndicatorCode.of(DOSSIERS_TRANSFERRED_ELECTRONICALLY))
            .kind(() -> Threshold.atLeast(80))
            .deadline(y2025)
            .sourceText(SRC_5)
            .englishRendering(
                "At least 80% of administrative procedure (TTHC) dossiers are passed between competent agencies "
                    + "electronically.")
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T6a"))
            .indicatorCode(IndicatorCode.of(PAYABLE_PROCEDURES_ONLINE_PAYMENT))
            .kind(() -> Threshold.atLeast(80))
            .deadline(y2025)
            .sourceText(SRC_6A)
            .englishRendering("At least 80% of procedures with a payment obligation offer online payment.")
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T6b"))
            .indicatorCode(IndicatorCode.of(ONLINE_PAYMENT_TRANSACTIONS))
            .kind(() -> NestedShare.of(IndicatorCode.of(PAYABLE_PROCEDURES_ONLINE_PAYMENT), Threshold.atLeast(30)))
            .deadline(y2025)
            .sourceText(SRC_6)
            .englishRendering("…and of those, online payment transactions reach at least 30%.")
            .addReadings(OF_WHICH_SUBPOPULATION)
            .addReadings(DEADLINE_2025)
            .build(),
        digitisation("T7a", "PROVINCE", "province").build(),
        digitisation("T7b", "DISTRICT", "district")
            .notApplicableFrom(DISTRICT_LEVEL_END, DISTRICT_LEVEL_GONE)
            .addReadings(DISTRICT_LEVEL_ABOLISHED)
            .build(),
        digitisation("T7c", "COMMUNE", "commune").build(),
        Target.builder(ClauseId.parse("T8a"))
            .indicatorCode(IndicatorCode.of(DOCUMENTS_ELECTRONIC_SIGNED))
            .kind(() -> Threshold.exactly(100))
            .deadline(y2025)
            .sourceText(SRC_8A)
            .englishRendering(
                "100% of documents exchanged between state agencies are electronic and digitally signed (except "
                    + "secret ones).")
            .addReadings(FULL_SHARE_EXACTLY_100)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T8b"))
            .indicatorCode(IndicatorCode.of(INTERNAL_PROCEDURES_PUBLISHED))
            .kind(() -> Threshold.atLeast(90))
            .deadline(y2025)
            .sourceText(SRC_8B)
            .englishRendering(
                "90% of internal procedures between administrative agencies are published and kept up to date.")
            .addReadings(BARE_PERCENTAGE_AS_MINIMUM)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T8c"))
            .indicatorCode(IndicatorCode.of(INSPECTIONS_DIGITAL))
            .kind(() -> Threshold.atLeast(50))
            .deadline(y2025)
            .sourceText(SRC_8C)
            .englishRendering("50% of state inspection activities are carried out through digital systems.")
            .addReadings(BARE_PERCENTAGE_AS_MINIMUM)
            .addReadings(DEADLINE_2025)
            .build(),
        workFiles("T9a", "PROVINCE", 90, "province").build(),
        workFiles("T9b", "DISTRICT", 80, "district")
            .notApplicableFrom(DISTRICT_LEVEL_END, DISTRICT_LEVEL_GONE)
            .addReadings(DISTRICT_LEVEL_ABOLISHED)
            .build(),
        workFiles("T9c", "COMMUNE", 60, "commune").build(),
        Target.builder(ClauseId.parse("T10a"))
            .indicatorCode(IndicatorCode.of(PROCEDURES_ONLINE_LEVEL_3_4))
            .kind(() -> Threshold.atLeast(80))
            .deadline(y2025)
            .sourceText(SRC_10A)
            .englishRendering("At least 80% of eligible procedures are offered online at level 3 and 4.")
            .addReadings(ONLINE_SERVICE_LEVELS_BREAK)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T10b"))
            .indicatorCode(IndicatorCode.of(PROCEDURES_ON_NATIONAL_PORTAL))
            .kind(() -> NestedShare.of(IndicatorCode.of(PROCEDURES_ONLINE_LEVEL_3_4), Threshold.atLeast(80)))
            .deadline(y2025)
            .sourceText(SRC_10B)
            .englishRendering("…of which at least 80% are integrated on the National Public Service Portal.")
            .addReadings(OF_WHICH_SUBPOPULATION)
            .addReadings(ONLINE_SERVICE_LEVELS_BREAK)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T10c"))
            .indicatorCode(IndicatorCode.of(DOSSIERS_ONLINE_LEVEL_3_4))
            .kind(() -> Threshold.atLeast(50))
            .deadline(y2025)
            .sourceText(SRC_10C)
            .englishRendering("Dossiers handled online at level 3 and 4 are at least 50% of all dossiers.")
            .addReadings(ONLINE_SERVICE_LEVELS_BREAK)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T11"))
            .indicatorCode(IndicatorCode.of(NO_RESUBMISSION))
            .kind(() -> Threshold.atLeast(80))
            .deadline(y2025)
            .sourceText(SRC_11)
            .englishRendering(
                "80% of citizens and businesses need not re-submit information and papers already accepted or "
                    + "shared between agencies.")
            .addReadings(BARE_PERCENTAGE_AS_MINIMUM)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T12a"))
            .indicatorCode(IndicatorCode.of(STAFF_REDUCTION))
            .kind(
                () -> ExternalThreshold.of(
                    CENTRAL_STAFF_REDUCTION_RATIO,
                    Comparison.AT_LEAST,
                    BilingualText.of(
                        "Tỷ lệ tinh giản biên chế cán bộ, công chức, viên chức theo quy định của Trung ương.",
                        "The staff-reduction ratio for civil servants and public employees that the central "
                            + "government sets.")))
            .deadline(y2025)
            .sourceText(SRC_12A)
            .englishRendering("Staff are reduced at the ratio the central government sets.")
            .addReadings(T12A_CENTRAL_NORM)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T12b"))
            .indicatorCode(IndicatorCode.of(PUBLIC_SERVICE_UNITS))
            .kind(() -> ReductionFromBaseline.of(10, Baseline.of(CalendarYear.of(2021))))
            .deadline(y2025)
            .sourceText(SRC_12BC)
            .englishRendering("Public service units are reduced by at least 10% on average.")
            .addReadings(T12B_REDUCTION_2021_2025)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T12c"))
            .indicatorCode(IndicatorCode.of(PUBLIC_SERVICE_UNITS))
            .kind(() -> ReductionFromBaseline.of(20, Baseline.of(CalendarYear.of(2018))))
            .deadline(y2025)
            .sourceText(SRC_12BC)
            .englishRendering("…by at least 20% in total over 2018–2025.")
            .addNotes("The baseline year 2018 lies before the phase.")
            .build(),
        Target.builder(ClauseId.parse("T12d"))
            .indicatorCode(IndicatorCode.of(UNITS_SELF_FINANCING))
            .kind(() -> Threshold.atLeast(20))
            .deadline(y2025)
            .sourceText(SRC_12D)
            .englishRendering("At least 20% of public service units cover their own recurrent spending.")
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T12e"))
            .indicatorCode(IndicatorCode.of(ELIGIBLE_UNITS_CONVERTED))
            .kind(() -> Threshold.exactly(100))
            .deadline(y2025)
            .sourceText(SRC_12E)
            .englishRendering(
                "100% of eligible economic and other public service units are converted to joint-stock companies "
                    + "or become fully self-financing for recurrent and investment spending.")
            .addNotes("The share is of the eligible units only (có đủ điều kiện).")
            .addReadings(FULL_SHARE_EXACTLY_100)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T13a"))
            .indicatorCode(IndicatorCode.of(CIVIL_SERVICE_STRUCTURE))
            .kind(
                () -> Qualitative.of(
                    "The civil service has a sound structure and meets job-title standards, job positions and "
                        + "competency frameworks."))
            .deadline(y2025)
            .sourceText(SRC_13A)
            .englishRendering(
                "The civil service (CBCCVC) has a sound structure and meets job-title standards, job-position "
                    + "requirements and competency frameworks.")
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T13b"))
            .indicatorCode(IndicatorCode.of(STAFF_BASIC_DIGITAL_SKILLS))
            .kind(() -> Threshold.exactly(100))
            .deadline(y2025)
            .sourceText(SRC_13B)
            .englishRendering("100% of civil servants and public employees are trained in basic digital skills.")
            .addReadings(FULL_SHARE_EXACTLY_100)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T13c"))
            .indicatorCode(IndicatorCode.of(STAFF_DATA_SKILLS))
            .kind(() -> Threshold.atLeast(50))
            .deadline(y2025)
            .sourceText(SRC_13C)
            .englishRendering("50% are trained in data analysis and digital technology.")
            .addReadings(BARE_PERCENTAGE_AS_MINIMUM)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T14a"))
            .indicatorCode(IndicatorCode.of(SATISFACTION_PROCEDURES))
            .kind(() -> Threshold.atLeast(90))
            .deadline(y2025)
            .sourceText(SRC_14A)
            .englishRendering("Satisfaction of citizens and businesses with the handling of procedures at least 90%.")
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T14b"))
            .indicatorCode(IndicatorCode.of(SATISFACTION_PROCEDURES))
            .kind(() -> Breakdown.uniform("SECTOR", Threshold.atLeast(85), "LAND", "CONSTRUCTION", "INVESTMENT"))
            .deadline(y2025)
            .sourceText(SRC_14B)
            .englishRendering("…at least 85% for land, construction and investment procedures.")
            .addReadings(EACH_SECTOR)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T14c"))
            .indicatorCode(IndicatorCode.of(SIPAS))
            .kind(() -> Threshold.atLeast(90))
            .deadline(y2025)
            .sourceText(SRC_14C)
            .englishRendering(
                "Satisfaction of people and organisations with the service of state administrative agencies at "
                    + "least 90%.")
            .addReadings(T14C_MEASURED_BY_SIPAS)
            .addReadings(DEADLINE_2025)
            .build(),
        Target.builder(ClauseId.parse("T14d"))
            .indicatorCode(IndicatorCode.of(SATISFACTION_PUBLIC_SERVICES))
            .kind(() -> Breakdown.uniform("SECTOR", Threshold.atLeast(85), "HEALTH", "EDUCATION"))
            .deadline(y2025)
            .sourceText(SRC_14D)
            .englishRendering("Satisfaction with public health and education services at least 85%.")
            .addReadings(EACH_SECTOR)
            .addReadings(DEADLINE_2025)
            .build());
  }

  private static Target rankGain(String clause, String indicator, String index) {
    return Target.builder(ClauseId.parse(clause))
        .indicatorCode(IndicatorCode.of(indicator))
        .kind(() -> RankImprovementPerYear.of(5, 8, Baseline.of(CalendarYear.of(2020))))
        .deadline(CalendarYear.of(2025))
        .sourceText(SRC_1_PAR_PAPI_GAIN)
        .englishRendering(index + " rank rises on average 5–8 places a year.")
        .addNotes("Average over 2020–2025: (rank 2020 − rank 2025) / 5 places a year.")
        .addReadings(BAND_AT_WEAKER_END)
        .addReadings(RANK_BASELINE_2020)
        .addReadings(RANK_UNIVERSE_RELATIVE_POSITION)
        .addReadings(DEADLINE_2025)
        .build();
  }

  private static Target.Builder digitisation(String clause, String level, String levelEn) {
    return Target.builder(ClauseId.parse(clause))
        .indicatorCode(IndicatorCode.of(RESULTS_DIGITISED))
        .breakdown(BreakdownKey.of("LEVEL", level))
        .kind(
            () -> Recurring.everyYear(
                ChangePerYear.trajectory(ChangeMeasure.ABSOLUTE, 20, 100, Baseline.of(CalendarYear.of(2021))),
                2022,
                2025))
        .deadline(CalendarYear.of(2025))
        .sourceText(SRC_7)
        .englishRendering(
            "2022–2025: the digitised share of valid procedure results rises at least 20% a year, until 100%, at "
                + levelEn
                + " level.")
        .addNotes("Required share in year t: min(100, share 2021 + 20·(t − 2021)).")
        .addReadings(T7_PERCENTAGE_POINTS_TRAJECTORY);
  }

  private static Target.Builder workFiles(String clause, String level, double share, String levelEn) {
    return Target.builder(ClauseId.parse(clause))
        .indicatorCode(IndicatorCode.of(WORK_FILES_ONLINE))
        .breakdown(BreakdownKey.of("LEVEL", level))
        .kind(() -> Threshold.atLeast(share))
        .deadline(CalendarYear.of(2025))
        .sourceText(SRC_9)
        .englishRendering(
            "Work files processed online: " + (int) share + "% at " + levelEn + " level (except state secrets).")
        .addNotes("T9 is one indicator broken down by LEVEL with 90 / 80 / 60 %, split so that T9b can lapse alone.")
        .addReadings(BARE_PERCENTAGE_AS_MINIMUM)
        .addReadings(DEADLINE_2025);
  }

  /**
   * Returns the catalogue of the indicators the plan's targets use.
   *
   * @return the catalogue
   */
  public static IndicatorCatalogue catalogue() {
    String home = "Bộ Nội vụ (Ministry of Home Affairs)";
    String province = "UBND tỉnh Quảng Ngãi (People's Committee of Quảng Ngãi)";
    return IndicatorCatalogue.of(
        rank(PAR_INDEX_RANK, "Xếp hạng Chỉ số cải cách hành chính", "PAR INDEX rank", home),
        rank(PAPI_RANK, "Xếp hạng Chỉ số PAPI", "PAPI rank", "UNDP, CECODES"),
        rank(PCI_RANK, "Xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh", "PCI rank", "VCCI"),
        share(
            JOB_POSITION_SCHEMES_REAPPROVED,
            "Tỷ lệ cơ quan hành chính cấp tỉnh, cấp huyện được phê duyệt lại Đề án vị trí việc làm",
            "Share of provincial and district administrative agencies with a re-approved job-position scheme",
            province),
        qualitative(
            JOB_POSITION_SCHEMES_KEPT_CURRENT,
            "Thường xuyên rà soát, sửa đổi, bổ sung Đề án vị trí việc làm",
            "Job-position schemes regularly reviewed and amended",
            province),
        share(
            LEGAL_DOCUMENTS_DUE_PROCESS,
            "Tỷ lệ văn bản QPPL được ban hành đúng quy trình, quy định",
            "Share of legal normative documents issued by the correct procedure",
            province),
        indicator(
            UNIT_REORGANISATION_COMPLETED,
            "Hoàn thành sắp xếp đơn vị hành chính cấp huyện, xã, thôn, tổ dân phố",
            "Reorganisation of district, commune, village and street-group units completed",
            Measure.completion(),
            province),
        share(
            DOSSIERS_TRANSFERRED_ELECTRONICALLY,
            "Tỷ lệ hồ sơ TTHC được luân chuyển giữa các cơ quan bằng phương thức điện tử",
            "Share of procedure dossiers passed between agencies electronically",
            province),
        share(
            PAYABLE_PROCEDURES_ONLINE_PAYMENT,
            "Tỷ lệ TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến",
            "Share of procedures with a payment obligation that offer online payment",
            province),
        share(
            ONLINE_PAYMENT_TRANSACTIONS,
            "Tỷ lệ giao dịch thanh toán trực tuyến (trong số TTHC đã triển khai thanh toán trực tuyến)",
            "Share of payment transactions made online, among procedures that offer online payment",
            province),
        share(
            RESULTS_DIGITISED,
            "Tỷ lệ số hóa kết quả giải quyết TTHC còn hiệu lực",
            "Share of valid procedure results digitised",
            province,
            BreakdownDimension.level()),
        share(
            DOCUMENTS_ELECTRONIC_SIGNED,
            "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử, được ký số",
            "Share of documents exchanged between state agencies in electronic form, digitally signed",
            province),
        share(
            INTERNAL_PROCEDURES_PUBLISHED,
            "Tỷ lệ TTHC nội bộ được công bố, công khai và cập nhật kịp thời",
            "Share of internal procedures published and kept up to date",
            province),
        share(
            INSPECTIONS_DIGITAL,
            "Tỷ lệ hoạt động kiểm tra được thực hiện thông qua môi trường số",
            "Share of inspection activities carried out through digital systems",
            province),
        share(
            WORK_FILES_ONLINE,
            "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
            "Share of work files processed online",
            province,
            BreakdownDimension.level()),
        share(
            PROCEDURES_ONLINE_LEVEL_3_4,
            "Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 3 và 4",
            "Share of eligible procedures offered online at level 3 and 4",
            province),
        share(
            PROCEDURES_ON_NATIONAL_PORTAL,
            "Tỷ lệ TTHC trực tuyến mức độ 3 và 4 được tích hợp trên Cổng Dịch vụ công quốc gia",
            "Share of level 3 and 4 online procedures integrated on the National Public Service Portal",
            province),
        share(
            DOSSIERS_ONLINE_LEVEL_3_4,
            "Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3 và 4 trên tổng số hồ sơ",
            "Share of dossiers handled online at level 3 and 4",
            province),
        share(
            NO_RESUBMISSION,
            "Tỷ lệ người dân, doanh nghiệp không phải cung cấp lại thông tin, giấy tờ đã được chấp nhận",
            "Share of citizens and businesses who need not re-submit accepted information",
            province),
        share(
            STAFF_REDUCTION,
            "Tỷ lệ tinh giản biên chế cán bộ, công chức, viên chức",
            "Staff reduction ratio of civil servants and public employees",
            province),
        define(
            PUBLIC_SERVICE_UNITS,
            "Số lượng đơn vị sự nghiệp công lập",
            "Number of public service units",
            Measure.count(),
            Direction.LOWER_IS_BETTER,
            0,
            province),
        share(
            UNITS_SELF_FINANCING,
            "Tỷ lệ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên",
            "Share of public service units covering their own recurrent spending",
            province),
        share(
            ELIGIBLE_UNITS_CONVERTED,
            "Tỷ lệ đơn vị sự nghiệp kinh tế và sự nghiệp khác đủ điều kiện hoàn thành chuyển đổi",
            "Share of eligible economic and other public service units converted",
            province),
        qualitative(
            CIVIL_SERVICE_STRUCTURE,
            "Cơ cấu đội ngũ cán bộ, công chức, viên chức hợp lý, đáp ứng tiêu chuẩn chức danh, vị trí việc làm",
            "Sound civil-service structure meeting job standards and competency frameworks",
            province),
        share(
            STAFF_BASIC_DIGITAL_SKILLS,
            "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng, phổ cập kỹ năng số cơ bản",
            "Share of civil servants and public employees trained in basic digital skills",
            province),
        share(
            STAFF_DATA_SKILLS,
            "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số",
            "Share of civil servants and public employees trained in data analysis and digital technology",
            province),
        share(
            SATISFACTION_PROCEDURES,
            "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC",
            "Satisfaction of citizens and businesses with the handling of administrative procedures",
            province,
            BreakdownDimension.of(BreakdownDimension.SECTOR, List.of("LAND", "CONSTRUCTION", "INVESTMENT"))),
        share(
            SIPAS,
            "Chỉ số hài lòng về sự phục vụ hành chính",
            "Index of satisfaction with public administrative services (SIPAS)",
            home),
        share(
            SATISFACTION_PUBLIC_SERVICES,
            "Mức độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập",
            "Satisfaction of citizens with public health and education services",
            province,
            BreakdownDimension.of(BreakdownDimension.SECTOR, List.of("HEALTH", "EDUCATION"))));
  }

  private static Indicator rank(String code, String vi, String en, String publisher) {
    return define(code, vi, en, Measure.rank(), Direction.LOWER_IS_BETTER, 0, publisher);
  }

  private static Indicator share(
      String code, String vi, String en, String publisher, BreakdownDimension... breakdowns) {
    return define(code, vi, en, Measure.percentage(), Direction.HIGHER_IS_BETTER, 2, publisher, breakdowns);
  }

  private static Indicator qualitative(String code, String vi, String en, String publisher) {
    return indicator(code, vi, en, Measure.qualitative(), publisher);
  }

  private static Indicator indicator(String code, String vi, String en, Measure measure, String publisher) {
    return define(code, vi, en, measure, Direction.HIGHER_IS_BETTER, 0, publisher);
  }

  private static Indicator define(
      String code,
      String vi,
      String en,
      Measure measure,
      Direction direction,
      int decimals,
      String publisher,
      BreakdownDimension... breakdowns) {
    return Indicator.builder()
        .code(IndicatorCode.of(code))
        .nameVi(vi)
        .nameEn(en)
        .measure(measure)
        .direction(direction)
        .decimals(decimals)
        .publisher(publisher)
        .addBreakdowns(breakdowns)
        .build();
  }
}
