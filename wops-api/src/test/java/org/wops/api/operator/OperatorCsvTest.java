package org.wops.api.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorCsvTest {
  private static final String HEADER = "name,kind,country,city,services,ownership,allianceMember\n";

  @Test
  void anAllianceMembershipIsYesOrNoAndAnythingElseIsRefusedNotReadAsNo() throws Exception {
    List<OperatorCsv.Row> rows =
        OperatorCsv.read(
            new StringReader(
                HEADER
                    + "Société Béninoise des Eaux,UTILITY,BJ,Cotonou,WATER_AND_SANITATION,PUBLIC,TRUE\n"
                    + "Stadtentwässerung Dresden,UTILITY,DE,Dresden,SANITATION,PUBLIC,\n"
                    + "Công ty Cấp nước Đà Nẵng,UTILITY,VN,Đà Nẵng,WATER,PUBLIC,maybe\n"));
    assertThat(rows.get(0).details().allianceMember()).isTrue();
    assertThat(rows.get(1).details().allianceMember()).isFalse();
    assertThat(rows.get(2).details()).as("refused: nothing to store").isNull();
    assertThat(rows.get(2).errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("line 4: allianceMember");
              assertThat(e.message()).contains("'maybe'");
            });
  }

  @Test
  void aRowIsRefusedForEveryCellAtFaultNotOnlyTheFirst() throws Exception {
    List<OperatorCsv.Row> rows =
        OperatorCsv.read(
            new StringReader(
                "name,kind,country,city,services,ownership,latitude,longitude,connections\n"
                    + "Dji’i,UTILITY,BJ,,WATER,STATE_OWNED,95.5,2.4,-3\n"));

    assertThat(rows.get(0).details()).isNull();
    assertThat(rows.get(0).errors())
        .extracting(e -> e.field())
        .containsExactlyInAnyOrder(
            "line 2: ownership", "line 2: city", "line 2: latitude", "line 2: connections");
  }

  @Test
  void otherNamesGoOutAndComeBackInOneCell() throws Exception {
    List<org.wops.domain.operator.OtherName> names =
        List.of(
            new org.wops.domain.operator.OtherName(
                "Société Béninoise des Eaux", org.wops.domain.operator.OtherName.Kind.FORMER, "fr"),
            new org.wops.domain.operator.OtherName(
                "SONEB", org.wops.domain.operator.OtherName.Kind.ALTERNATIVE, null));
    String cell = OperatorCsv.names(names);
    assertThat(cell).isEqualTo("FORMER/fr: Société Béninoise des Eaux | ALTERNATIVE: SONEB");
    List<OperatorCsv.Row> rows =
        OperatorCsv.read(
            new StringReader(
                "name,kind,country,city,services,ownership,otherNames\n"
                    + "Société Nationale des Eaux du Bénin,UTILITY,BJ,Cotonou,WATER,PUBLIC,\""
                    + cell
                    + "\"\n"
                    + "Eau du Bénin,UTILITY,BJ,Cotonou,WATER,PUBLIC,OLD: Eaux\n"
                    + "SBEE,UTILITY,BJ,Cotonou,WATER,PUBLIC,\"FORMER: Societe Beninoise des Eaux;"
                    + " FORMER: SBEE-dup\"\n"));
    assertThat(rows.get(0).details().otherNames()).isEqualTo(names);
    assertThat(rows.get(1).errors())
        .singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("line 3: otherNames"));
    assertThat(rows.get(2).errors())
        .as("two names run into one by a ; are refused, never stored as one name")
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("separated by |"));
  }

  @Test
  void aFileFrenchExcelSavedWithSemicolonsIsReadAndItsDecimalCommasAreRefusedNotChanged()
      throws Exception {
    List<OperatorCsv.Row> rows =
        OperatorCsv.read(
            "\uFEFFid;name;kind;country;city;services;ownership;latitude;longitude;populationServed\r\n"
                + "12;Société Béninoise des Eaux;UTILITY;BJ;Cotonou;WATER;PUBLIC;6.3703;2.3912;"
                + "120000\r\n"
                + ";Office National de l’Eau;UTILITY;BF;Ouagadougou;WATER;PUBLIC;12,3714;-1,5197;"
                + "1 200 000\r\n"
                + ";Empresa de Acueducto y Alcantarillado de Bogotá;UTILITY;CO;Bogotá;WATER;PUBLIC;"
                + "4.6097;-74.0817;7.400.000\r\n");

    assertThat(rows.get(0).errors()).isEmpty();
    assertThat(rows.get(0).id()).isEqualTo(12L);
    assertThat(rows.get(0).details().name()).isEqualTo("Société Béninoise des Eaux");
    assertThat(rows.get(0).details().latitude()).isEqualByComparingTo("6.3703");
    assertThat(rows.get(1).details()).as("refused, never read as another number").isNull();
    assertThat(rows.get(1).errors())
        .extracting(e -> e.field() + " " + e.rule())
        .containsExactly(
            "line 3: latitude number-format",
            "line 3: longitude number-format",
            "line 3: populationServed number-format");
    assertThat(rows.get(1).errors().get(0).message())
        .startsWith("'12,3714' is written with a decimal comma");
    assertThat(rows.get(2).errors())
        .extracting(e -> e.field() + " " + e.rule())
        .containsExactly("line 4: populationServed number-format");
  }
}
