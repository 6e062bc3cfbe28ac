package org.wops.api.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wops.api.problem.Problem;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.PartnershipImport;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.shared.PartialDate;

class PartnershipCsvTest {
  private static final String HEADER =
      "id,version,title,type,status,published,currency,plannedStart,plannedEnd,countries,"
          + "workingAreas,participants,supporters,objectives,cashByOperator,inKindByOperator,"
          + "contributionByOrganisation,operatorsCash\r\n";

  private static List<PartnershipCsv.Row> read(String rows) throws Exception {
    return PartnershipCsv.read(new StringReader(HEADER + rows));
  }

  @Test
  void aRowIsReadWithItsPartiesAndOnlyTheContributionsSomebodyStated() throws Exception {
    PartnershipCsv.Row r =
        read("7,3,\"Réduction des pertes à Kisumu – phase 2\",wop-peer-exchange,active,false,eur,"
                + "2026-01-15,2027,de;KE,NRW;BILLING,12:PEER;31:PEER,4:FUNDER,"
                + "'=l’eau d’abord,12:5000,31:0,4:25000.50,999\r\n")
            .get(0);
    assertThat(r.errors()).isEmpty();
    PartnershipImport.Row row = r.row();
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.id()).isEqualTo(7L);
    assertThat(row.version()).isEqualTo(3L);
    assertThat(row.status()).isEqualTo(PartnershipStatus.ACTIVE);
    assertThat(row.published()).isFalse();
    assertThat(row.details().title()).isEqualTo("Réduction des pertes à Kisumu – phase 2");
    assertThat(row.details().objectives()).isEqualTo("=l’eau d’abord");
    assertThat(row.details().countries()).containsExactly("DE", "KE");
    assertThat(row.details().plannedStart()).isEqualTo(PartialDate.of(LocalDate.of(2026, 1, 15)));
    assertThat(row.details().plannedEnd())
        .as("a year alone stays a year: no 1 January invented")
        .isEqualTo(PartialDate.ofYear(2027));
    Participant first = row.participants().get(0);
    assertThat(first.operatorId()).isEqualTo(12L);
    assertThat(first.role()).isEqualTo(ParticipantRole.PEER);
    assertThat(first.cashContribution().orElseThrow()).isEqualByComparingTo("5000");
    assertThat(first.inKindContribution()).as("nobody stated it").isEmpty();
    assertThat(row.participants().get(1).inKindContribution().orElseThrow())
        .as("stated as 0")
        .isEqualByComparingTo("0");
    assertThat(row.participants().get(1).cashContribution()).isEmpty();
    assertThat(row.supporters().get(0).role()).isEqualTo(SupporterRole.FUNDER);
    assertThat(row.supporters().get(0).contribution().orElseThrow())
        .isEqualByComparingTo("25000.50");
    assertThat(r.asText())
        .extracting(Problem.FieldError::field)
        .containsExactly("line 2: objectives");
  }

  @Test
  void everyBadCellIsNamedByLineAndColumn() throws Exception {
    PartnershipCsv.Row r =
        read("x,,T,wop,DONE,yes,EUR,2022-13,2022-02-30,,,12:BOSS;abc,4,O,99:5,12:-1,,\r\n").get(0);
    assertThat(r.row()).isNull();
    assertThat(r.errors())
        .extracting(e -> e.field() + " " + e.rule())
        .containsExactly(
            "line 2: id id",
            "line 2: status one-of",
            "line 2: published boolean",
            "line 2: plannedStart date",
            "line 2: plannedEnd date",
            "line 2: participants one-of",
            "line 2: participants party",
            "line 2: supporters party",
            "line 2: cashByOperator amount",
            "line 2: inKindByOperator amount");
    assertThat(r.errors().get(3).message()).contains("'2022-13' is not a date").contains("YYYY-MM");
    assertThat(r.errors().get(4).message()).contains("'2022-02-30' is not a date");
  }

  @Test
  void aNegativeContributionIsTheDomainsRefusalInTheColumnOfTheFile() throws Exception {
    PartnershipCsv.Row r = read(",,T,wop,,,EUR,,,,,12:PEER;13:PEER,,O,12:-5,,,\r\n").get(0);
    assertThat(r.errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("line 2: cashByOperator");
  }

  @Test
  void aFileSpanishExcelSavedWithSemicolonsIsReadWithItsListsInQuotedCells() throws Exception {
    PartnershipCsv.Row r =
        PartnershipCsv.read(
                HEADER.replace(',', ';')
                    + "7;3;\"Agua no contabilizada en Bogotá – fase 2\";wop-peer-exchange;active;"
                    + "false;EUR;2026-01-15;2027;\"CO;ES\";NRW;\"12:PEER;31:PEER\";4:FUNDER;"
                    + "Reducir pérdidas;12:5000.50;;4:25000;999\r\n")
            .get(0);

    assertThat(r.errors()).isEmpty();
    assertThat(r.row().id()).isEqualTo(7L);
    assertThat(r.row().typeId()).isEqualTo("wop-peer-exchange");
    assertThat(r.row().details().countries()).containsExactly("CO", "ES");
    assertThat(r.row().participants()).hasSize(2);
    assertThat(r.row().participants().get(0).cashContribution().orElseThrow())
        .isEqualByComparingTo("5000.50");
  }

  @Test
  void amountsWithADecimalCommaOrThousandsByPointsInASemicolonFileAreRefusedNotChanged()
      throws Exception {
    List<PartnershipCsv.Row> rows =
        PartnershipCsv.read(
            HEADER.replace(',', ';')
                + ";;Réduction des pertes à Kisumu;wop-peer-exchange;;;EUR;;;;;"
                + "\"12:PEER;31:PEER\";4:FUNDER;O;\"12:5000,50;31:120.000\";;4:25 000;\r\n");
    assertThat(rows.get(0).row()).isNull();
    assertThat(rows.get(0).errors())
        .extracting(e -> e.field() + " " + e.rule() + " " + e.message().split("'")[1])
        .containsExactly(
            "line 2: cashByOperator number-format 5000,50",
            "line 2: cashByOperator number-format 120.000",
            "line 2: contributionByOrganisation number-format 25 000");
  }

  @Test
  void inACommaFileAPointIsTheDecimalPointAndADecimalCommaIsNamed() throws Exception {
    PartnershipCsv.Row r =
        read(",,T,wop,,,EUR,,,,,12:PEER;13:PEER,,O,\"12:120.000;13:7,5\",,,\r\n").get(0);
    assertThat(r.errors())
        .extracting(e -> e.field() + " " + e.rule())
        .containsExactly("line 2: cashByOperator number-format");
    assertThat(r.errors().get(0).message()).startsWith("'7,5' is written");
  }
}
