package org.wops.api.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.Source;
import org.wops.domain.shared.PartialDate;

/**
 * A partnership's sources and its agreement's evidence go out as IATI document links and come back
 * in through the import as they were (the tester's finding: export → import lost them).
 */
class IatiDocumentsTest {
  private static String xml(Partnership p) {
    return IatiWriter.write(
        List.of(p),
        new IatiWriter.ReportingOrg("XI-WOPS", "40", "WOPs alliance secretariat"),
        id -> "Opérateur " + id,
        id -> id == 12 ? "BF" : "FR",
        id -> "Organisation " + id,
        k -> k);
  }

  private static IatiActivity.KnownOperator operator(long id) {
    String name = "Opérateur " + id;
    return new IatiActivity.KnownOperator(
        id,
        name,
        null,
        id == 12 ? "BF" : "FR",
        null,
        IatiMapping.strongKeys(name),
        Set.of(),
        org.wops.domain.operator.LikelySameOperator.ofNames(name));
  }

  private static IatiMapping.Mapped mappedBack(String xml) {
    IatiActivityReader.File file =
        IatiActivityReader.read(
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "file");
    IatiActivity.Registry registry =
        new IatiActivity.Registry(
            List.of(operator(11), operator(12)), List.of(), Set.of(), Map.of(), Map.of(), Map.of());
    return IatiMapping.map(file.activities().get(0), file.language(), registry, null);
  }

  @Test
  void eachSourceWithALinkAndTheAgreementsEvidenceAreDocumentLinksValidAgainstTheSchema()
      throws Exception {
    String xml = xml(IatiLanguagesTest.frenchWithUndeclaredWords());
    IatiLanguagesTest.valid(xml);
    assertThat(xml)
        .as("the agreement: a memorandum of understanding, signed, to the month")
        .contains(
            "<document-link url=\"https://example.org/wops/ouagadougou/protocole-2012.pdf\""
                + " format=\"application/pdf\" wops:agreement=\"signed\"><title><narrative"
                + " xml:lang=\"en\">The partnership's agreement, signed outside the"
                + " platform</narrative></title><category code=\"A09\"/><document-date"
                + " iso-date=\"2012-03-01\" wops:dated=\"2012-03\"/></document-link>")
        .as("a page whose format nobody knows, its note as the description")
        .contains(
            "<document-link url=\"https://example.org/aaea/wop/ouagadougou\""
                + " format=\"application/octet-stream\"><title><narrative>Profil WOP de"
                + " l’AAEA</narrative></title><description><narrative>« Recouvrement passé de 71 %"
                + " à 93 % »</narrative></description><category code=\"A12\"/><document-date"
                + " iso-date=\"2016-11-01\" wops:dated=\"2016-11\"/></document-link>")
        .contains(
            "<document-link url=\"https://example.org/onea/rapport-annuel-2014.PDF\""
                + " format=\"application/pdf\"><title><narrative>Rapport annuel 2014 de"
                + " l’ONEA</narrative></title><category code=\"A12\"/><document-date"
                + " iso-date=\"2015-01-01\" wops:dated=\"2015\"/></document-link>")
        .as("a source without a link is no document link")
        .doesNotContain("Entretien avec la direction commerciale");
    assertThat(xml.indexOf("<document-link"))
        .as("after the transactions, before the results, as the schema orders them")
        .isLessThan(xml.indexOf("<result "));
  }

  @Test
  void theDocumentLinksComeBackAsTheSourcesAndTheAgreementTheyWere() {
    Partnership p = IatiLanguagesTest.frenchWithUndeclaredWords();
    IatiMapping.Mapped m = mappedBack(xml(p));
    assertThat(m.errors()).isEmpty();
    var record = m.item().record();
    assertThat(record.sources())
        .as("the import's own source of the file, then the sources that have a link")
        .hasSize(3);
    assertThat(record.sources().subList(1, 3))
        .containsExactlyElementsOf(p.sources().stream().filter(s -> s.link().isPresent()).toList());
    assertThat(record.sources().get(1).note()).contains("« Recouvrement passé de 71 % à 93 % »");
    assertThat(record.sources().get(2).dated()).contains(PartialDate.ofYear(2015));
    assertThat(record.sources().get(2).note()).as("the format is no note").isEmpty();
    assertThat(record.facts().agreementSigned()).isTrue();
    assertThat(record.facts().agreementSignedOn()).isEqualTo(PartialDate.ofMonth(2012, 3));
    assertThat(record.facts().agreementEvidence())
        .isEqualTo("https://example.org/wops/ouagadougou/protocole-2012.pdf");
    // the words of the export came back without the platform's English
    var actual = record.results().get(0).indicator().orElseThrow().actual();
    assertThat(actual.note()).isEqualTo("trois centres « pilotes »");
    assertThat(actual.dated()).isEqualTo(PartialDate.ofMonth(2016, 6));
  }

  @Test
  void anAgreedWopWhoseAgreementIsSignedComesBackAgreedNotIdentified() {
    Partnership p = IatiLanguagesTest.frenchWithUndeclaredWords();
    p.correctRecord(
        PartnershipStatus.AGREED,
        p.details(),
        p.history().facts(),
        "secretariat",
        java.time.OffsetDateTime.parse("2026-12-02T10:00:00Z"));
    String xml = xml(p);
    assertThat(xml).contains("<activity-status code=\"1\"/>");
    IatiMapping.Mapped m = mappedBack(xml);
    assertThat(m.errors()).isEmpty();
    assertThat(m.item().record().status()).isEqualTo(PartnershipStatus.AGREED);
    assertThat(m.maps().get("status")).asString().contains("iati.status.agreed");
  }

  @Test
  void aThirdPartysDocumentLinkIsASourceWithItsDescriptionAsTheNoteAndItsDay() {
    String xml =
        xml(IatiLanguagesTest.frenchWithUndeclaredWords())
            .replace(
                "<category code=\"A12\"/><document-date iso-date=\"2016-11-01\""
                    + " wops:dated=\"2016-11\"/>",
                "<category code=\"A12\"/><document-date iso-date=\"2016-11-03\""
                    + " wops:dated=\"2016-11\"/>");
    IatiMapping.Mapped m = mappedBack(xml);
    Source page = m.item().record().sources().get(1);
    assertThat(page.dated())
        .as("a mark that does not fit the file's day is not believed")
        .contains(PartialDate.of(java.time.LocalDate.of(2016, 11, 3)));
  }

  @Test
  void theFormatIsTheMediaTypeTheLinksExtensionNamesElseUnknown() {
    assertThat(IatiDocuments.format("https://example.org/a/rapport.pdf?v=2#p3"))
        .isEqualTo("application/pdf");
    assertThat(IatiDocuments.format("https://example.org/a/page.html")).isEqualTo("text/html");
    assertThat(IatiDocuments.format("https://example.org/wop/ouagadougou"))
        .isEqualTo("application/octet-stream");
    assertThat(IatiDocuments.format("https://example.org")).isEqualTo("application/octet-stream");
    assertThat(IatiDocuments.format("https://www.onea.bf/")).isEqualTo("application/octet-stream");
  }
}
