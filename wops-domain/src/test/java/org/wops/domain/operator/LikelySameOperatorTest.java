package org.wops.domain.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikelySameOperatorTest {

  private static OperatorDetails operator(String name, String shortName, String country) {
    return new OperatorDetails(
        name,
        shortName == null || shortName.isBlank() ? null : shortName,
        OperatorKind.UTILITY,
        CountryCode.of(country),
        "Ville",
        ServiceScope.WATER,
        Ownership.PUBLIC);
  }

  /** Each pair is checked both ways: the rule is symmetric. */
  @ParameterizedTest(name = "{0} ({1}, {2}) / {3} ({4}, {5}): {6}")
  @CsvSource(
      delimiter = ';',
      value = {
        // the trial's pairs: a hyphenated place cut short, a short name prefixed and a legal form
        "Régie Autonome de l’Eau de Bobo;;BF;Régie Autonome de l’Eau de Bobo-Dioulasso;;BF;true",
        "SBEE Société Béninoise des Eaux SA;;BJ;Société Béninoise des Eaux;SBEE;BJ;true",
        // the short name appended, in brackets, or written with dots and capitals
        "Société Béninoise des Eaux – SBEE;;BJ;Société Béninoise des Eaux;SBEE;BJ;true",
        "SOCIETE BENINOISE DES EAUX S.A.;;BJ;Société Béninoise des Eaux;;BJ;true",
        "Societe Beninoise des Eaux (SBEE);;BJ;SBEE;;BJ;true",
        // legal forms at the edges, in several languages
        "Empresa Municipal de Agua Potable de Cochabamba EP;;BO;Agua Potable de Cochabamba;;BO;true",
        "Stadtentwässerung Dresden GmbH;;DE;Stadtentwaesserung Dresden;;DE;true",
        "Nairobi City Water and Sewerage Company Ltd;NCWSC;KE;Nairobi City Water and Sewerage;;KE;true",
        "Dji’i Water Company;;CM;Dji'i;;CM;true",
        "Office National de l'Eau et de l'Assainissement du Burkina Faso;ONEA;BF;ONEA;;BF;true",
        // only generic words in common: not the same
        "Office National de l’Eau;;BF;Office National de l’Électricité;;BF;false",
        "Office National de l’Eau;;BF;Office National de l’Eau et de l’Assainissement;;BF;false",
        "Société Béninoise des Eaux;;BJ;Société Béninoise d’Énergie Électrique;;BJ;false",
        "Empresa Municipal de Agua Potable;;BO;Empresa Municipal de Agua Potable de Sucre;;BO;false",
        "Régie Autonome de l’Eau de Bobo;;BF;Régie Autonome de l’Eau de Ouagadougou;;BF;false",
        // a word cut short within a word is no whole word
        "Régie de l’Eau de Dio;;BF;Régie de l’Eau de Dioulasso;;BF;false",
        // another country: never
        "Société Nationale des Eaux du Sénégal;;SN;Société Béninoise des Eaux;;BJ;false",
        "Société Béninoise des Eaux;;TG;Société Béninoise des Eaux;;BJ;false",
      })
  void likelyTheSameOrNot(
      String name,
      String shortName,
      String country,
      String otherName,
      String otherShortName,
      String otherCountry,
      boolean same) {
    OperatorDetails a = operator(name, shortName, country);
    OperatorDetails b = operator(otherName, otherShortName, otherCountry);
    assertThat(LikelySameOperator.likelySame(a, b)).as("%s / %s", name, otherName).isEqualTo(same);
    assertThat(LikelySameOperator.likelySame(b, a)).as("%s / %s", otherName, name).isEqualTo(same);
  }

  @org.junit.jupiter.api.Test
  void theSameNameIsACloserLikenessThanANameFoundInAnother() {
    LikelySameOperator imported =
        LikelySameOperator.of(operator("SOCIETE BENINOISE  DES EAUX 2026", null, "BJ"));
    LikelySameOperator same =
        LikelySameOperator.of(operator("Société Béninoise des Eaux 2026", null, "BJ"));
    LikelySameOperator within =
        LikelySameOperator.of(operator("Société Béninoise des Eaux", "SBEE", "BJ"));
    assertThat(imported.likelySame(same)).isTrue();
    assertThat(imported.likelySame(within)).isTrue();
    assertThat(imported.sameName(same)).isTrue();
    assertThat(imported.sameName(within)).isFalse();
    assertThat(
            imported.sameName(
                LikelySameOperator.of(operator("Société Béninoise des Eaux 2026", null, "TG"))))
        .as("another country")
        .isFalse();
  }
}
