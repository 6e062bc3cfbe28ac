package org.wops.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void cellsASpreadsheetWouldRunAreWrittenAsText() {
    assertThat(CsvCells.escape("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(CsvCells.escape("+229 21 30 12 34")).isEqualTo("'+229 21 30 12 34");
    assertThat(CsvCells.escape("-Eau-")).isEqualTo("'-Eau-");
    assertThat(CsvCells.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.escape("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.escape("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void numbersAndOrdinaryTextStayAsTheyAre() {
    assertThat(CsvCells.escape("-1.2921")).isEqualTo("-1.2921");
    assertThat(CsvCells.escape("+3")).isEqualTo("+3");
    assertThat(CsvCells.escape("Société Béninoise des Eaux"))
        .isEqualTo("Société Béninoise des Eaux");
    assertThat(CsvCells.escape("Dji’i")).isEqualTo("Dji’i");
    assertThat(CsvCells.escape("'t Hooge")).isEqualTo("'t Hooge");
  }

  @Test
  void readingBackGivesEveryCellByteForByte() {
    for (String cell :
        List.of(
            "=cmd|' /C calc'!A0",
            "'=already quoted",
            "''=twice",
            "'t Hooge",
            "'",
            "''",
            "-1.5",
            "'-1.5",
            "-",
            "+229 21 30 12 34",
            "Công ty Cấp nước Đà Nẵng",
            "")) {
      assertThat(CsvCells.unescape(CsvCells.escape(cell))).as(cell).isEqualTo(cell);
    }
  }
}
