package org.wops.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wops.api.validation.ControlCharacters;

class ControlCharacterBodiesTest {

  private static List<Problem.FieldError> refused(String json) {
    return ControlCharacterBodies.refused(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void realisticTextPasses() {
    assertThat(
            refused(
                "{\"title\":\"Réduction des pertes à Kisumu – phase 2\",\"objectives\":\"Dji’i\\n"
                    + "الشركة الوطنية للمياه\\tCông ty Cấp nước Đà Nẵng\"}"))
        .isEmpty();
  }

  @Test
  void aNulOrAVerticalTabIsNamedWithItsPath() {
    assertThat(
            refused(
                "{\"title\":\"a\\u0000b\",\"milestones\":[{\"title\":\"ok\"},"
                    + "{\"title\":\"x\\u000by\"}],\"workingAreas\":[\"NRW\",\"\\u0085\"]}"))
        .extracting(Problem.FieldError::field, Problem.FieldError::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("title", ControlCharacters.RULE),
            org.assertj.core.groups.Tuple.tuple("milestones[1].title", ControlCharacters.RULE),
            org.assertj.core.groups.Tuple.tuple("workingAreas[1]", ControlCharacters.RULE));
  }

  @Test
  void lineBreaksOnlyInMultiLineTexts() {
    assertThat(refused("{\"objectives\":\"one\\r\\ntwo\",\"extraFields\":{\"plan\":\"a\\nb\"}}"))
        .isEmpty();
    assertThat(refused("{\"title\":\"one\\ntwo\"}"))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("U+000A", "line break"));
  }

  @Test
  void aPropertyNameCountsTooAndNonJsonIsLeftToTheBinding() {
    assertThat(refused("{\"ti\\u0000tle\":\"x\"}")).hasSize(1);
    assertThat(refused("{not json")).isEmpty();
    assertThat(ControlCharacters.firstRefused("a\uD800b", true)).isEqualTo(1);
  }
}
