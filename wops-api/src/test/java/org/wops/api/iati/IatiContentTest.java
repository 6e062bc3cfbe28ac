package org.wops.api.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wops.api.partnership.SupportedWop;
import org.wops.domain.partnership.Budget;
import org.wops.domain.partnership.BudgetLine;
import org.wops.domain.partnership.FundingType;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.Result;
import org.wops.domain.partnership.ResultIndicator;
import org.wops.domain.partnership.ResultKind;
import org.wops.domain.partnership.ResultPoint;
import org.wops.domain.shared.PartialDate;

/** What the IATI export says of a WOP is true (issue 16, item 11). */
class IatiContentTest {
  private static final Map<Long, String> COUNTRIES = Map.of(11L, "DE", 12L, "BJ");

  private static String xml(Partnership p) {
    return IatiWriter.write(
        List.of(p),
        new IatiWriter.ReportingOrg("XM-DAC-41120", "40", "GWOPA"),
        id -> "operator " + id,
        COUNTRIES::get,
        id -> "organisation " + id,
        k -> k);
  }

  @Test
  void theRecipientIsWhereTheMenteeWorksNotTheMentorsCountry() {
    String xml = xml(SupportedWop.ouagadougou());
    assertThat(xml).contains("<recipient-country code=\"BJ\"/>").doesNotContain("code=\"DE\"");
  }

  /** A WOP reporting results with and without numbers, at their dates' precision, and an output. */
  static Partnership withResults() {
    Partnership p = SupportedWop.ouagadougou();
    p.addOutput(
        "Techniciens formés à la détection des fuites",
        "personnes",
        new BigDecimal("24"),
        java.time.LocalDate.of(2015, 6, 30),
        "Listes de présence des formations");
    p.replaceResults(
        List.of(
            new Result(
                "Réduction des pertes d’eau : ENRG de 39 % à 12 %",
                ResultKind.OUTCOME,
                ResultIndicator.of(
                    "Eau non revenue",
                    "%",
                    ResultPoint.of(new BigDecimal("39"), null, PartialDate.ofYear(2012), "b"),
                    ResultPoint.of(new BigDecimal("15"), null, PartialDate.ofYear(2016), "t"),
                    ResultPoint.of(
                        new BigDecimal("12"), "trois centres", PartialDate.ofMonth(2016, 6), "a"),
                    "i"),
                "r0"),
            new Result(
                "Plan de certification ISO 17025",
                ResultKind.OUTPUT,
                ResultIndicator.of(
                    null,
                    null,
                    ResultPoint.of(null, "Aucun plan", PartialDate.ofMonth(2013, 3), "b"),
                    ResultPoint.of(null, "Accréditation obtenue", null, "t"),
                    ResultPoint.of(null, "Plan adopté", PartialDate.ofYear(2015), "a"),
                    "i"),
                "r1"),
            new Result("Mejora del cobro de facturas", ResultKind.OUTCOME, null, "r2"),
            new Result(
                "Equipe técnica capacitada em gestão de perdas",
                ResultKind.CAPACITY_CHANGE,
                null,
                "r3")),
        java.time.LocalDate.of(2026, 12, 2));
    return p;
  }

  @Test
  void resultsWithAndWithoutNumbersAndOutputsAreExportedValidAgainstTheOfficialSchema()
      throws Exception {
    String xml = xml(withResults());
    java.io.File xsd =
        new java.io.File(
            System.getProperty(
                "wops.test.iati.xsd", "src/test/resources/iati-2.03/iati-activities-schema.xsd"));
    javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(xsd)
        .newValidator()
        .validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));

    assertThat(xml)
        .as("numbers: percentage, baseline known to the year, target and actual as their periods")
        .contains(
            "<result type=\"2\"><title><narrative>Réduction des pertes d’eau : ENRG de 39 % à 12"
                + " %</narrative></title><indicator measure=\"2\"><title><narrative>Eau non revenue"
                + " (%)</narrative></title><baseline year=\"2012\" value=\"39\"></baseline>")
        // the period's days say the year or the month: IATI's own field for it, no words added
        .contains(
            "<period><period-start iso-date=\"2016-01-01\"/><period-end iso-date=\"2016-12-31\"/>"
                + "<target value=\"15\"></target></period>")
        .contains(
            "<period-start iso-date=\"2016-06-01\"/><period-end iso-date=\"2016-06-30\"/><actual"
                + " value=\"12\"><comment><narrative>trois centres</narrative></comment></actual>")
        .doesNotContain("trois centres (");
    assertThat(xml)
        .as("words: qualitative, no value; a point without a date said in the description")
        .contains(
            "<result type=\"1\"><title><narrative>Plan de certification ISO 17025</narrative>"
                + "</title><indicator measure=\"5\"><title><narrative>Plan de certification ISO"
                + " 17025</narrative></title><description><narrative>Accréditation"
                + " obtenue</narrative><narrative xml:lang=\"en\">Without a date: Target (in"
                + " words). The sources' words are the narrative without a"
                + " language.</narrative></description><baseline iso-date=\"2013-03-01\""
                + " year=\"2013\"><comment><narrative>Aucun plan</narrative><narrative"
                + " xml:lang=\"en\">Known to the month: 2013-03</narrative></comment></baseline>")
        .contains("<actual><comment><narrative>Plan adopté</narrative></comment></actual>")
        .contains(
            "<result type=\"2\"><title><narrative>Mejora del cobro de facturas</narrative></title>"
                + "<indicator measure=\"5\">")
        .contains("reported as an outcome.</narrative></description><indicator measure=\"5\">")
        .contains("<wops:kind>CAPACITY_CHANGE</wops:kind>");
    assertThat(xml)
        .as("the work plan's output, counted in its unit by its completion date")
        .contains(
            "<result type=\"1\"><title><narrative>Techniciens formés à la détection des"
                + " fuites</narrative></title><description><narrative>Listes de présence des"
                + " formations</narrative><narrative xml:lang=\"en\">The output's means of"
                + " verification: the sources' words are the narrative without a"
                + " language.</narrative></description><indicator"
                + " measure=\"1\"><title><narrative>Techniciens formés à la détection des fuites"
                + " (personnes)</narrative></title><period><period-start"
                + " iso-date=\"2015-06-30\"/><period-end iso-date=\"2015-06-30\"/><target"
                + " value=\"24\"/></period>");
  }

  @Test
  void severalRecipientsShareOneHundredPercent() {
    assertThat(List.of(IatiWriter.share(3, 0), IatiWriter.share(3, 1), IatiWriter.share(3, 2)))
        .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
    assertThat(IatiWriter.share(2, 1)).isEqualByComparingTo("50");
  }

  @Test
  void aWopWithoutAnyKnownDateSaysThatItsOnlyDateIsTheDayItWasRecorded() {
    String xml = xml(SupportedWop.ouagadougou());
    assertThat(xml)
        .contains(
            "<activity-date type=\"1\" iso-date=\"2026-12-02\"><narrative xml:lang=\"en\">No date"
                + " is known: this is the day the partnership was recorded on the"
                + " platform.</narrative></activity-date>");
  }

  private static void valid(String xml) throws Exception {
    javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(new java.io.File("src/test/resources/iati-2.03/iati-activities-schema.xsd"))
        .newValidator()
        .validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));
  }

  @Test
  void aBudgetByYearIsOneIndicativeBudgetAYearInItsOwnCurrency() throws Exception {
    Partnership p = SupportedWop.ouagadougou();
    p.replaceBudget(
        new Budget(
            "USD",
            null,
            List.of(
                new BudgetLine(2013, 3L, new BigDecimal("60000"), "budget.lines[0]"),
                new BudgetLine(2013, 6L, new BigDecimal("15000.50"), "budget.lines[1]"),
                new BudgetLine(2014, null, new BigDecimal("40000"), "budget.lines[2]")),
            FundingType.MIXED,
            "Prêt BAD et don de l’OFID par l’intermédiaire de l’AWA"));
    String xml = xml(p);
    valid(xml);
    assertThat(xml)
        .contains(
            "<budget type=\"1\" status=\"1\"><period-start iso-date=\"2013-01-01\"/><period-end"
                + " iso-date=\"2013-12-31\"/><value currency=\"USD\""
                + " value-date=\"2013-01-01\">75000.50</value></budget>")
        .contains(
            "<period-start iso-date=\"2014-01-01\"/><period-end iso-date=\"2014-12-31\"/><value"
                + " currency=\"USD\" value-date=\"2014-01-01\">40000.00</value>")
        .as("the funding type in English; the sources' words beside it, claiming no language")
        .contains(
            "<description type=\"4\"><narrative xml:lang=\"en\">Funded by the partners and"
                + " supporting organisations.</narrative></description><description"
                + " type=\"4\"><narrative>Prêt BAD et don de l’OFID par l’intermédiaire de"
                + " l’AWA</narrative><narrative xml:lang=\"en\">How the WOP is funded: the"
                + " sources' words are the narrative without a language.</narrative></description>");
  }

  @Test
  void aTotalCoversTheKnownPeriodElseItIsSaidNotInventedAsABudget() throws Exception {
    Partnership p = SupportedWop.ouagadougou();
    p.replaceBudget(new Budget("EUR", new BigDecimal("180000"), List.of(), null, null));
    String undated = xml(p);
    valid(undated);
    assertThat(undated)
        .doesNotContain("<budget")
        .contains("Total budget: EUR 180000.00; the period it covers is not known.");

    p.editDetails(
        p.details().toBuilder()
            .plannedStart(PartialDate.ofYear(2012))
            .plannedEnd(PartialDate.ofMonth(2014, 6))
            .build(),
        java.time.LocalDate.of(2026, 12, 2));
    String dated = xml(p);
    valid(dated);
    assertThat(dated)
        .contains(
            "<budget type=\"1\" status=\"1\"><period-start iso-date=\"2012-01-01\"/><period-end"
                + " iso-date=\"2014-06-30\"/><value currency=\"EUR\""
                + " value-date=\"2012-01-01\">180000.00</value></budget>")
        .doesNotContain("Total budget");
  }

  @Test
  void onlyAConfirmedContributionIsATransaction() throws Exception {
    Partnership p = SupportedWop.ouagadougou();
    assertThat(xml(p)).as("the funder's 250,000 is not confirmed").doesNotContain("<transaction>");
    p.confirmContribution(3, "secretariat", java.time.OffsetDateTime.parse("2026-12-02T10:15:30Z"));
    String xml = xml(p);
    valid(xml);
    assertThat(xml)
        .contains(
            "<transaction><transaction-type code=\"11\"/><transaction-date"
                + " iso-date=\"2026-12-02\"/><value currency=\"XOF\""
                + " value-date=\"2026-12-02\">250000.00</value>")
        .contains("<provider-org><narrative>organisation 3</narrative></provider-org>");
  }
}
