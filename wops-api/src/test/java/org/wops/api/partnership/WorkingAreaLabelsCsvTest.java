package org.wops.api.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wops.domain.partnership.AreaLabel;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.type.DefaultWopType;

/** The sources' labels of working areas make the CSV's and the JSON's round trip (issue 16.6). */
class WorkingAreaLabelsCsvTest {
  private static final List<AreaLabel> LABELS =
      List.of(
          new AreaLabel("NRW", "réduction des pertes en eau; phase 2"),
          new AreaLabel(null, "Gobernanza: ámbito local"));

  private static Partnership cotonou() {
    return new Partnership(
        new DefaultWopType(),
        PartnershipDetails.builder()
            .title("Réduction des pertes à Cotonou – Société Béninoise des Eaux")
            .objectives("Ramener l’eau non facturée de 40 % à 25 %.")
            .currency("XOF")
            .workingAreas(Set.of())
            .workingAreaLabels(LABELS)
            .build(),
        List.of(
            new Participant(11, ParticipantRole.MENTOR),
            new Participant(12, ParticipantRole.MENTEE)),
        LocalDate.of(2026, 12, 2),
        OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void labelsGoOutBesideTheirCodesAndComeBackAsTheyWere() throws Exception {
    Partnership p = cotonou();
    assertThat(p.workingAreas()).containsExactly("NRW");
    String csv = PartnershipCsv.write(List.of(p), new HashSet<>());
    assertThat(csv)
        .contains("NRW:réduction des pertes en eau\\; phase 2;:Gobernanza: ámbito local");
    PartnershipCsv.Row back = PartnershipCsv.read(new StringReader(csv)).get(0);
    assertThat(back.errors()).isEmpty();
    assertThat(back.row().details().workingAreaLabels()).isEqualTo(LABELS);
    assertThat(back.row().details().workingAreas()).containsExactly("NRW");
  }

  @Test
  void aFileWithoutTheColumnKeepsTheLabelsAndABadCellIsRefusedNamingIt() throws Exception {
    PartnershipCsv.Row without =
        PartnershipCsv.read(new StringReader("id,workingAreas\r\n7,NRW\r\n")).get(0);
    assertThat(without.errors()).isEmpty();
    assertThat(without.row().details().workingAreaLabels()).isNull();
    PartnershipCsv.Row bad =
        PartnershipCsv.read(new StringReader("id,workingAreaLabels\r\n7,NRW\r\n")).get(0);
    assertThat(bad.errors())
        .extracting(e -> e.field() + " " + e.rule())
        .containsExactly("line 2: workingAreaLabels working-area-label");
  }

  @Test
  void theJsonExportsLabelsAreReadBack() {
    List<PartnershipCsv.Row> rows =
        PartnershipJson.read(
            new StringReader(
                "[{\"id\":7,\"workingAreas\":[\"NRW\"],\"workingAreaLabels\":["
                    + "{\"code\":\"NRW\",\"sourceLabel\":\"Reducción de pérdidas\"},"
                    + "{\"code\":null,\"sourceLabel\":\"gouvernance locale\"}]}]"));
    assertThat(rows.get(0).errors()).isEmpty();
    assertThat(rows.get(0).row().details().workingAreaLabels())
        .containsExactly(
            new AreaLabel("NRW", "Reducción de pérdidas"),
            new AreaLabel(null, "gouvernance locale"));
  }
}
