package org.wops.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * An item of the realistic data set ({@code real-shaped-wops.json}) as the API is given it: its
 * operator and organisation keys resolved to the ids they were registered with.
 */
final class RealShapedBodies {
  private RealShapedBodies() {}

  static JsonObject resolved(JsonObject wop, Map<String, Long> ids) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> e : wop.entrySet()) {
      switch (e.getKey()) {
        case "shape" -> {}
        case "participants", "supporters" -> {
          JsonArrayBuilder list = Json.createArrayBuilder();
          for (JsonObject x : e.getValue().asJsonArray().getValuesAs(JsonObject.class)) {
            list.add(withId(x, ids));
          }
          b.add(e.getKey(), list);
        }
        case "budget" -> {
          JsonObject budget = e.getValue().asJsonObject();
          JsonObjectBuilder bb = Json.createObjectBuilder(budget);
          if (budget.containsKey("lines")) {
            JsonArrayBuilder lines = Json.createArrayBuilder();
            for (JsonObject l : budget.getJsonArray("lines").getValuesAs(JsonObject.class)) {
              lines.add(withId(l, ids));
            }
            bb.add("lines", lines);
          }
          b.add("budget", bb);
        }
        default -> b.add(e.getKey(), e.getValue());
      }
    }
    return b.build();
  }

  private static JsonObject withId(JsonObject x, Map<String, Long> ids) {
    JsonObjectBuilder b = Json.createObjectBuilder(x);
    if (x.containsKey("operator")) {
      b.remove("operator").add("operatorId", ids.get("operator:" + x.getString("operator")));
    }
    if (x.containsKey("organisation")) {
      b.remove("organisation")
          .add("organisationId", ids.get("organisation:" + x.getString("organisation")));
    }
    return b.build();
  }
}
