package org.wops.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBindingTest {
  public static class Body {
    public String title;
    public List<String> names;
    public Map<String, String> fields;
  }

  private static Body read(String json) {
    return JsonBinding.JSONB.fromJson(json, Body.class);
  }

  @Test
  void textsAreReadByteForByte() {
    Body b =
        read(
            "{\"title\":\"Société Béninoise des Eaux – l’ONEA\",\"names\":[\"Dji’i\",null],"
                + "\"fields\":{\"programme\":\"Programa de Agua Potable – Bogotá\"}}");
    assertThat(b.title).isEqualTo("Société Béninoise des Eaux – l’ONEA");
    assertThat(b.names).containsExactly("Dji’i", null);
    assertThat(b.fields).containsEntry("programme", "Programa de Agua Potable – Bogotá");
    assertThat(read("{\"title\":null}").title).isNull();
  }

  @Test
  void aNumberOrABooleanWhereATextBelongsIsKeptAsWritten() {
    Body b = read("{\"title\":123,\"fields\":{\"connections\":12500.50,\"public\":true}}");
    assertThat(b.title).isEqualTo("123");
    assertThat(b.fields).containsEntry("connections", "12500.50").containsEntry("public", "true");
  }

  @Test
  void aTextThatIsAListOrAnObjectIsRefusedNotChanged() {
    for (String json :
        List.of(
            "{\"title\":[\"Société A\",\"Société B\"]}",
            "{\"title\":{\"fr\":\"Eau\"}}",
            "{\"names\":[\"Dji’i\",[\"x\"]]}",
            "{\"fields\":{\"year\":[2014]}}")) {
      assertThatThrownBy(() -> read(json))
          .as(json)
          .isInstanceOf(JsonbException.class)
          .satisfies(
              e -> {
                Throwable t = e;
                while (t != null && !(t instanceof InvalidValueException)) {
                  t = t.getCause();
                }
                assertThat(t).as("the rule is named").isInstanceOf(InvalidValueException.class);
                assertThat(((InvalidValueException) t).rule()).isEqualTo("string");
              });
    }
  }
}
