package org.wops.api.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringReader;
import java.math.BigDecimal;
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
import org.wops.domain.partnership.Budget;
import org.wops.domain.partnership.FundingType;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.RecordedHistory;
import org.wops.domain.partnership.Result;
import org.wops.domain.partnership.ResultIndicator;
import org.wops.domain.partnership.ResultKind;
import org.wops.domain.partnership.ResultPoint;
import org.wops.domain.partnership.Source;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.TextLanguage;
import org.wops.domain.type.DefaultWopType;

/**
 * Each narrative of the IATI export says its own language (issue 16, item 10), and only the
 * language that is known: the tester's activity XI-WOPS-WOP-16 declared French as its default, so
 * that its Spanish result, the operators' names and the users' notes were all claimed French, and
 * glued the platform's English into a user's French note.
 */
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
        .as("no default language: the operators' names would inherit it")
        .contains("<iati-activity default-currency=\"KES\"")
        .doesNotContain("<iati-activity xml:lang")
        .contains("<participating-org role=\"4\"><narrative>operator 11</narrative>")
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

  /** A recorded WOP in French whose other words nobody declared, as the tester's was. */
  static Partnership frenchWithUndeclaredWords() {
    Partnership p =
        Partnership.recorded(
            new DefaultWopType(),
            PartnershipDetails.builder()
                .title("Réduction des pertes d’eau à Ouagadougou – phase 1")
                .objectives("Ramener l’eau non facturée de 39 % à 25 %.")
                .currency("XOF")
                .titleLanguage(
                    new TextLanguage(
                        "fr", Map.of("es", "Reducción de pérdidas de agua en Uagadugú – fase 1")))
                .objectivesLanguage(TextLanguage.of("fr"))
                .build(),
            List.of(
                new Participant(11, ParticipantRole.MENTOR),
                new Participant(12, ParticipantRole.MENTEE)),
            List.of(),
            Map.of(),
            PartnershipStatus.ACTIVE,
            new RecordedHistory.Facts(
                true,
                PartialDate.ofMonth(2012, 3),
                "https://example.org/wops/ouagadougou/protocole-2012.pdf",
                null,
                RecordedHistory.ComplianceAssessment.NOT_ASSESSED),
            "secretariat",
            OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC));
    p.replaceBudget(
        new Budget(
            "XOF",
            null,
            List.of(),
            FundingType.EXTERNALLY_SUPPORTED,
            "Prêt de la BAD, versé par tranches à l’ONEA"));
    p.replaceResults(
        List.of(
            new Result(
                "Equipo técnico capacitado en la detección de fugas",
                ResultKind.CAPACITY_CHANGE,
                ResultIndicator.of(
                    "Centres équipés pour la détection",
                    "centres",
                    null,
                    null,
                    ResultPoint.of(
                        new BigDecimal("3"),
                        "trois centres « pilotes »",
                        PartialDate.ofMonth(2016, 6),
                        "a"),
                    "i"),
                "r0")),
        LocalDate.of(2026, 12, 2));
    p.replaceSources(
        List.of(
            new Source(
                "Profil WOP de l’AAEA",
                "https://example.org/aaea/wop/ouagadougou",
                PartialDate.ofMonth(2016, 11),
                "« Recouvrement passé de 71 % à 93 % »",
                "sources[0]"),
            new Source(
                "Rapport annuel 2014 de l’ONEA",
                "https://example.org/onea/rapport-annuel-2014.PDF",
                PartialDate.ofYear(2015),
                null,
                "sources[1]"),
            new Source(
                "Entretien avec la direction commerciale de l’ONEA",
                null,
                PartialDate.of(LocalDate.of(2017, 2, 14)),
                "notes manuscrites",
                "sources[2]")),
        LocalDate.of(2026, 12, 2));
    return p;
  }

  @Test
  void wordsNobodyDeclaredClaimNoLanguageAndThePlatformsEnglishIsANarrativeOfItsOwn()
      throws Exception {
    String xml = xml(frenchWithUndeclaredWords());
    valid(xml);
    assertThat(xml)
        .doesNotContain("<iati-activity xml:lang")
        .contains(
            "<title><narrative xml:lang=\"fr\">Réduction des pertes d’eau à Ouagadougou – phase"
                + " 1</narrative><narrative xml:lang=\"es\">Reducción de pérdidas de agua en"
                + " Uagadugú – fase 1</narrative></title>")
        .as("the Spanish statement is claimed neither French nor Spanish: nobody declared it")
        .contains(
            "<title><narrative>Equipo técnico capacitado en la detección de fugas</narrative>"
                + "</title>")
        .contains("<participating-org role=\"4\"><narrative>operator 12</narrative>")
        .as("the user's French funding text is no longer tagged English")
        .contains(
            "<description type=\"4\"><narrative>Prêt de la BAD, versé par tranches à"
                + " l’ONEA</narrative><narrative xml:lang=\"en\">How the WOP is funded: the"
                + " sources' words are the narrative without a language.</narrative></description>")
        .as("the actual's month is its period; the note is the user's words alone")
        .contains(
            "<period-start iso-date=\"2016-06-01\"/><period-end iso-date=\"2016-06-30\"/><actual"
                + " value=\"3\"><comment><narrative>trois centres « pilotes »</narrative>"
                + "</comment></actual>")
        .doesNotContain("(Known to the month");
    // every narrative that claims a language claims a true one: the title's and objectives' own,
    // or English for the platform's words, none of which hold a user's
    java.util.regex.Matcher lang =
        java.util.regex.Pattern.compile("<narrative xml:lang=\"([a-z]+)\">([^<]*)</narrative>")
            .matcher(xml);
    while (lang.find()) {
      assertThat(lang.group(1)).as(lang.group(2)).isIn("fr", "es", "en");
      if (lang.group(1).equals("en")) {
        assertThat(lang.group(2))
            .as("English narrative")
            .doesNotContain("Prêt", "trois", "Equipo", "Profil", "Rapport", "operator");
      }
    }
  }
}
