package org.reformindicators.core.record;

import org.reformindicators.core.area.UnitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierRecordTest {

  private static DossierRecord.Builder base() {
    return DossierRecord.builder()
        .id("H51.22-240315-0001")
        .unit(UnitCode.of("21025"))
        .level(HandlingLevel.COMMUNE)
        .agency("000.00.12.H48")
        .procedure("1.001193")
        .received(LocalDate.of(2024, 3, 15))
        .due(LocalDate.of(2024, 3, 20))
        .channel(SubmissionChannel.ONLINE)
        .onlineLevel(OnlineServiceLevel.FULL);
  }

  @Test
  void completedByTheDueDateIsOnTime() {
    DossierRecord record =
        base().outcome(DossierOutcome.COMPLETED).completed(LocalDate.of(2024, 3, 20)).build();
    assertTrue(record.isOnTime());
    assertFalse(record.isLate());
    assertEquals(5, record.handlingDays().getAsInt());
  }

  @Test
  void completedAfterTheDueDateIsLate() {
    DossierRecord record =
        base().outcome(DossierOutcome.COMPLETED).completed(LocalDate.of(2024, 3, 21)).build();
    assertFalse(record.isOnTime());
    assertTrue(record.isLate());
  }

  @Test
  void aRefusalIsNeverOnTimeButMayBeLate() {
    DossierRecord record = base().outcome(DossierOutcome.REFUSED).completed(LocalDate.of(2024, 3, 25)).build();
    assertFalse(record.isOnTime());
    assertTrue(record.isLate());
  }

  @Test
  void withoutDueDateACompletedDossierIsOnTime() {
    DossierRecord record =
        DossierRecord.builder().from(base().outcome(DossierOutcome.COMPLETED).completed(LocalDate.of(2024, 9, 1))
            .build()).due(java.util.Optional.empty()).build();
    assertTrue(record.isOnTime());
  }

  @Test
  void inProgressHasNoCompletionDate() {
    DossierRecord record = base().outcome(DossierOutcome.IN_PROGRESS).build();
    assertTrue(record.handlingDays().isEmpty());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> base().outcome(DossierOutcome.IN_PROGRESS).completed(LocalDate.of(2024, 3, 16)).build());
    assertEquals(
        "dossier H51.22-240315-0001: completed must be empty when the outcome is IN_PROGRESS, was '2024-03-16'",
        e.getMessage());
  }

  @Test
  void anEndedDossierNeedsACompletionDate() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> base().outcome(DossierOutcome.WITHDRAWN).build());
    assertEquals(
        "dossier H51.22-240315-0001: completed is required when the outcome is WITHDRAWN, was ''", e.getMessage());
  }

  @Test
  void completionBeforeReceiptIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> base().outcome(DossierOutcome.COMPLETED).completed(LocalDate.of(2024, 3, 14)).build());
    assertTrue(e.getMessage().contains("completed must not be before the received date 2024-03-15"), e.getMessage());
  }

  @Test
  void paidOnlineRequiresAFee() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> base().outcome(DossierOutcome.IN_PROGRESS).paidOnline(true).build());
    assertTrue(e.getMessage().contains("paidOnline requires feeBearing true"), e.getMessage());
  }

  @Test
  void ratingsRunFromOneToFive() {
    assertEquals(5, base().outcome(DossierOutcome.IN_PROGRESS).satisfaction(5).build().satisfaction().getAsInt());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> base().outcome(DossierOutcome.IN_PROGRESS).satisfaction(6).build());
    assertEquals(
        "dossier H51.22-240315-0001: satisfaction must be a whole number from 1 to 5, was '6'", e.getMessage());
  }

  @Test
  void codesAreOpenSetsWithDotsAndDigits() {
    assertTrue(DossierRecord.isValidCode("000.00.12.H48"));
    assertTrue(DossierRecord.isValidCode("1.001193"));
    assertFalse(DossierRecord.isValidCode(".1"));
    assertFalse(DossierRecord.isValidCode("A B"));
    assertFalse(DossierRecord.isValidCode("x".repeat(65)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> base().agency("Sở Tư pháp").outcome(DossierOutcome.IN_PROGRESS).build());
    assertTrue(e.getMessage().startsWith("dossier H51.22-240315-0001: agency must be ASCII letters"), e.getMessage());
  }
}
