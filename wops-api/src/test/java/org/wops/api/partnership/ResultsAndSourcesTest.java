package org.wops.api.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wops.api.problem.Problem;
import org.wops.domain.partnership.Result;
import org.wops.domain.partnership.ResultIndicator;
import org.wops.domain.partnership.ResultKind;
import org.wops.domain.partnership.ResultPoint;
import org.wops.domain.partnership.Source;
import org.wops.domain.shared.PartialDate;

/** Results and sources in the partnerships' CSV: written, read back as they were, errors named. */
class ResultsAndSourcesTest {
  private static final List<Result> RESULTS =
      List.of(
          new Result(
              "Réduction des pertes d’eau : ENRG de 39 % à 12 %; trois centres",
              ResultKind.OUTCOME,
              ResultIndicator.of(
                  "ENRG",
                  "%",
                  ResultPoint.of(new BigDecimal("39"), null, PartialDate.ofYear(2012), "b"),
                  ResultPoint.of(new BigDecimal("15"), null, PartialDate.parse("2016", "t"), "t"),
                  ResultPoint.of(
                      new BigDecimal("12.5"),
                      "trois centres",
                      PartialDate.parse("2016-06", "a"),
                      "a"),
                  "results[0].indicator"),
              "results[0]"),
          new Result(
              "Equipe técnica capacitada em gestão de perdas",
              ResultKind.CAPACITY_CHANGE,
              null,
              "results[1]"));

  private static final List<Source> SOURCES =
      List.of(
          new Source(
              "Profil WOP de l’AAEA | version 2",
              "https://example.org/aaea/wop;ouagadougou",
              PartialDate.parse("2016-11", "d"),
              "« Recouvrement passé de 71 % à 93 % » \\ confirmé",
              "sources[0]"),
          new Source("Informe anual 2014 de la ONEA", null, PartialDate.ofYear(2015), null, "s"));

  @Test
  void resultsAndSourcesGoOutAndComeBackAsTheyWere() {
    String results = ResultsAndSources.resultsCell(RESULTS);
    assertThat(results)
        .as("numbers as written, dates at their precision")
        .contains("\"value\":39,")
        .contains("\"dated\":\"2012\"")
        .contains("\"value\":12.5");
    String sources = ResultsAndSources.sourcesCell(SOURCES);
    assertThat(sources)
        .isEqualTo(
            "Profil WOP de l’AAEA \\| version 2|https://example.org/aaea/wop\\;ouagadougou|2016-11"
                + "|« Recouvrement passé de 71 % à 93 % » \\\\ confirmé;"
                + "Informe anual 2014 de la ONEA||2015");
    List<String> errors = new ArrayList<>();
    ResultsAndSources.Errors collect = (f, r, m) -> errors.add(f + " " + r);
    assertThat(ResultsAndSources.resultsOfCell(results, collect)).isEqualTo(RESULTS);
    assertThat(ResultsAndSources.sourcesOfCell(sources, collect)).isEqualTo(SOURCES);
    assertThat(errors).isEmpty();
    assertThat(ResultsAndSources.resultsOfCell("", collect)).as("empty: no result").isEmpty();
  }

  @Test
  void aBrokenResultOrSourceIsNamedByLineColumnAndItem() throws Exception {
    String header = "id,title,results,sources\r\n";
    List<PartnershipCsv.Row> rows =
        PartnershipCsv.read(
            new StringReader(
                header
                    + "7,Kisumu,\"[{\"\"statement\"\":\"\"ENRG\"\",\"\"kind\"\":\"\"OUTCOME\"\","
                    + "\"\"indicator\"\":{\"\"baseline\"\":{\"\"value\"\":39,\"\"dated\"\":\"\"2012\"\"},"
                    + "\"\"actual\"\":{\"\"value\"\":12,\"\"dated\"\":\"\"06/2016\"\"}}}]\","
                    + "Rapport|ftp://example.org/r.pdf\r\n"
                    + "8,Dresden,[{\"statement,\r\n"));
    List<String> first =
        rows.get(0).errors().stream().map(e -> e.field() + " " + e.message()).toList();
    assertThat(first)
        .anySatisfy(
            e -> assertThat(e).startsWith("line 2: results results[0].indicator.actual.dated:"))
        .anySatisfy(e -> assertThat(e).startsWith("line 2: sources sources[0].link:"));
    assertThat(rows.get(1).errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("line 3: results");
    assertThat(rows.get(0).row()).isNull();
  }

  @Test
  void aFileWithoutTheColumnsKeepsResultsAndSources() throws Exception {
    PartnershipCsv.Row r = PartnershipCsv.read(new StringReader("id,title\r\n7,Kisumu\r\n")).get(0);
    assertThat(r.row().results()).isNull();
    assertThat(r.row().sources()).isNull();
  }
}
