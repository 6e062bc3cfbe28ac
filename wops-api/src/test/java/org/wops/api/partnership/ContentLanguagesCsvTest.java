package org.wops.api.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.shared.TextLanguage;
import org.wops.domain.type.DefaultWopType;

/** The languages of a title and objectives and their translations make the export's round trip. */
class ContentLanguagesCsvTest {
  private static final TextLanguage TITLE =
      new TextLanguage(
          "fr", Map.of("es", "Reducción de pérdidas; agua \\ Kisumu – fase 2", "en", "Kisumu"));

  private static Partnership kisumu() {
    return new Partnership(
        new DefaultWopType(),
        PartnershipDetails.builder()
            .title("Réduction des pertes d’eau à Kisumu – phase 2")
            .titleLanguage(TITLE)
            .objectives("Ramener l’eau non facturée de 45 % à 30 %.")
            .objectivesLanguage(TextLanguage.of("fr"))
            .currency("KES")
            .build(),
        List.of(
            new Participant(11, ParticipantRole.MENTOR),
            new Participant(12, ParticipantRole.MENTEE)),
        LocalDate.of(2026, 12, 2),
        OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void languagesAndTranslationsGoOutInTheCsvAndComeBackAsTheyWere() throws Exception {
    String csv = PartnershipCsv.write(List.of(kisumu()), new HashSet<>());
    assertThat(csv.lines().findFirst().orElseThrow())
        .endsWith(
            ",titleLanguage,titleTranslations,objectivesLanguage,objectivesTranslations,"
                + "workingAreaLabels,results,sources");
    PartnershipCsv.Row back = PartnershipCsv.read(new StringReader(csv)).get(0);
    assertThat(back.errors()).isEmpty();
    assertThat(back.row().details().titleLanguage()).isEqualTo(TITLE);
    assertThat(back.row().details().objectivesLanguage()).isEqualTo(TextLanguage.of("fr"));
    assertThat(back.row().absent()).doesNotContain("titleLanguage", "objectivesLanguage");
  }

  @Test
  void aFileWithoutTheLanguageColumnsKeepsWhatIsStored() throws Exception {
    PartnershipCsv.Row r =
        PartnershipCsv.read(new StringReader("id,title\r\n7,Réduction des pertes\r\n")).get(0);
    assertThat(r.errors()).isEmpty();
    assertThat(r.row().absent()).contains("titleLanguage", "objectivesLanguage");
  }

  @Test
  void aTranslationCellThatIsNotLanguageAndTextIsRefusedNamingItsColumn() throws Exception {
    PartnershipCsv.Row r =
        PartnershipCsv.read(
                new StringReader("id,titleLanguage,titleTranslations\r\n7,fr,Reducción\r\n"))
            .get(0);
    assertThat(r.row()).isNull();
    assertThat(r.errors())
        .extracting(e -> e.field() + " " + e.rule())
        .containsExactly("line 2: titleTranslations translation");
  }

  @Test
  void theJsonExportsLanguagesAreReadBack() {
    List<PartnershipCsv.Row> rows =
        PartnershipJson.read(
            new StringReader(
                "[{\"id\":7,\"title\":\"Redução de perdas em Maputo\",\"titleLanguage\":\"pt\","
                    + "\"titleTranslations\":{\"en\":\"Loss reduction in Maputo\"}}]"));
    assertThat(rows.get(0).errors()).isEmpty();
    assertThat(rows.get(0).row().details().titleLanguage())
        .isEqualTo(new TextLanguage("pt", Map.of("en", "Loss reduction in Maputo")));
    assertThat(rows.get(0).row().absent()).contains("objectivesLanguage");
  }
}
