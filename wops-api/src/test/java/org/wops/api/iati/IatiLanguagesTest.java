package org.wops.api.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.wops.api.partnership.SupportedWop;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.shared.TextLanguage;
import org.wops.domain.type.DefaultWopType;

/** Each narrative of the IATI export says its own language (issue 16, item 10). */
class IatiLanguagesTest {
  private static String xml(Partnership p) {
    return IatiWriter.write(
        List.of(p),
        new IatiWriter.ReportingOrg("XM-DAC-41120", "40", "GWOPA"),
        id -> "operator " + id,
        id -> "BJ",
        id -> "organisation " + id,
        k -> k);
  }

  private static Partnership written(TextLanguage title, TextLanguage objectives) {
    return new Partnership(
        new DefaultWopType(),
        PartnershipDetails.builder()
            .title("Réduction des pertes d’eau à Kisumu – phase 2")
            .objectives("Ramener l’eau non facturée de 45 % à 30 %.")
            .currency("KES")
            .titleLanguage(title)
            .objectivesLanguage(objectives)
            .build(),
        List.of(
            new Participant(11, ParticipantRole.MENTOR),
            new Participant(12, ParticipantRole.MENTEE)),
        LocalDate.of(2026, 12, 2),
        OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC));
  }

  static void valid(String xml) throws Exception {
    File xsd =
        new File(
            System.getProperty(
                "wops.test.iati.xsd", "src/test/resources/iati-2.03/iati-activities-schema.xsd"));
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(xsd)
        .newValidator()
        .validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void aFrenchTitleIsTaggedFrenchAndItsSpanishTranslationIsANarrativeOfItsOwn() throws Exception {
    String xml =
        xml(
            written(
                new TextLanguage(
                    "fr", Map.of("es", "Reducción de pérdidas de agua en Kisumu – fase 2")),
                TextLanguage.of("fr")));
    assertThat(xml)
        .contains("<iati-activity xml:lang=\"fr\"")
        // the platform's own name is English inside a French activity (finding 15 of the trial)
        .containsPattern("<reporting-org [^>]*><narrative xml:lang=\"en\">[^<]+</narrative>")
        .contains(
            "<title><narrative xml:lang=\"fr\">Réduction des pertes d’eau à Kisumu – phase 2"
                + "</narrative><narrative xml:lang=\"es\">Reducción de pérdidas de agua en Kisumu"
                + " – fase 2</narrative></title>")
        .contains(
            "<description type=\"1\"><narrative xml:lang=\"fr\">Ramener l’eau non facturée de 45"
                + " % à 30 %.</narrative></description>");
    valid(xml);
  }

  @Test
  void aPortugueseTitleIsTaggedPortuguese() throws Exception {
    String xml =
        xml(
            written(
                new TextLanguage("pt", Map.of("en", "Loss reduction in Maputo")),
                TextLanguage.of("pt")));
    assertThat(xml)
        .contains("<narrative xml:lang=\"pt\">Réduction")
        .contains("<narrative xml:lang=\"en\">Loss reduction in Maputo</narrative>");
    valid(xml);
  }

  @Test
  void anUndeclaredLanguageIsClaimedByNoAttributeAndTheActivityHasNoDefaultLanguage()
      throws Exception {
    String xml = xml(SupportedWop.ouagadougou());
    assertThat(xml)
        .doesNotContain("<iati-activity xml:lang")
        .contains("<title><narrative>Réduction des pertes d’eau à Ouagadougou</narrative></title>")
        // the platform's own words say they are English
        .contains("<narrative xml:lang=\"en\">Also supported by");
    valid(xml);
  }
}
