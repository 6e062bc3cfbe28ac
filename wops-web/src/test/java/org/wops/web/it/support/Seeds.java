package org.wops.web.it.support;

import static org.wops.web.it.support.Http.created;

import jakarta.json.Json;
import java.net.URI;
import java.util.List;

/** Data a test needs, created through the API as the administrator. */
public final class Seeds {
  private final PayaraMicroProcess micro;

  public Seeds(PayaraMicroProcess micro) {
    this.micro = micro;
  }

  private URI uri(String path) {
    return micro.uri(path);
  }

  /** A water operator; its id. */
  public long operator(String name, String kind, String country, String city) throws Exception {
    return created(
        Http.postJson(
            uri("api/v1/operators"),
            Json.createObjectBuilder()
                .add("name", name)
                .add("kind", kind)
                .add("country", country)
                .add("city", city)
                .add("services", "WATER")
                .add("ownership", "PUBLIC")
                .build()
                .toString()));
  }

  /** A supporting organisation; its id. */
  public long organisation(String name, String kind, String country) throws Exception {
    return created(
        Http.postJson(
            uri("api/v1/organisations"),
            Json.createObjectBuilder()
                .add("name", name)
                .add("kind", kind)
                .add("country", country)
                .build()
                .toString()));
  }

  /** A person to write to at an operator. */
  public void contact(long operator, String name, String email, String language) throws Exception {
    Http.ok(
        Http.postJson(
            uri("api/v1/operators/" + operator + "/contacts"),
            Json.createObjectBuilder()
                .add("name", name)
                .add("email", email)
                .add("language", language)
                .add("role", "Coordination WOP")
                .build()
                .toString()));
  }

  /** A user with one role for these operators and organisations; its Basic authorization. */
  public String user(
      String username, String password, String role, List<Long> operators, List<Long> organisations)
      throws Exception {
    created(
        Http.postJson(
            uri("api/v1/users"),
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .add("roles", Json.createArrayBuilder().add(role))
                .add("operatorIds", Json.createArrayBuilder(operators))
                .add("organisationIds", Json.createArrayBuilder(organisations))
                .build()
                .toString()));
    return Http.basic(username, password);
  }
}
