package org.reformindicators.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureListTest {

  @Test
  void findsByCode() {
    Procedure land =
        Procedure.builder().code("1.004227").offersOnlinePayment(true).onlineLevel(OnlineServiceLevel.FULL)
            .sector("LAND").build();
    ProcedureList list = ProcedureList.of(List.of(land, Procedure.of("2.000001", false, OnlineServiceLevel.NONE)));
    assertEquals(2, list.size());
    assertEquals("LAND", list.find("1.004227").orElseThrow().sector().orElseThrow());
    assertTrue(list.find("9.9").isEmpty());
  }

  @Test
  void aCodeAppearsOnce() {
    Procedure p = Procedure.of("1.004227", true, OnlineServiceLevel.FULL);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProcedureList.of(List.of(p, p)));
    assertEquals("procedure list: code must appear once, was '1.004227' again", e.getMessage());
  }

  @Test
  void sectorsAreCodes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Procedure.builder().code("1.1").offersOnlinePayment(false).onlineLevel(OnlineServiceLevel.NONE)
                .sector("đất đai").build());
    assertTrue(e.getMessage().startsWith("procedure 1.1: sector must be upper-case"), e.getMessage());
  }
}
