package org.wops.web.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Page requests as a browser sends them, with the cookies and headers given, redirects not
 * followed: GETs, form POSTs, the login page's form (its own GET for the ViewState, then the POST),
 * the cookies an answer sets. For the sign-in tests (SignInSecurityIT, SignInThrottleIT).
 */
public final class PageClient {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private PageClient() {}

  public static HttpResponse<String> get(
      PayaraMicroProcess server, String path, String cookies, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.uri("").toString() + path))
            .timeout(Duration.ofSeconds(30))
            .GET();
    if (cookies != null && !cookies.isEmpty()) {
      b.header("Cookie", cookies);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<String> post(
      PayaraMicroProcess server,
      String path,
      Map<String, String> form,
      String cookies,
      String... headers)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.uri("").toString() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookies != null && !cookies.isEmpty()) {
      b.header("Cookie", cookies);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The Set-Cookie header of this cookie, if the answer set it. */
  public static String setCookie(HttpResponse<?> r, String name) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElse(null);
  }

  /** "name=value" of a Set-Cookie header. */
  public static String pair(String setCookie) {
    return setCookie.split(";", 2)[0];
  }

  public static String hidden(String html, String name) {
    Matcher m =
        Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
            .matcher(html);
    if (m.find()) {
      return m.group(1).replace("&amp;", "&");
    }
    Matcher reversed =
        Pattern.compile("value=\"([^\"]*)\"[^>]*name=\"" + Pattern.quote(name) + "\"")
            .matcher(html);
    assertThat(reversed.find()).as(name + " in " + html).isTrue();
    return reversed.group(1).replace("&amp;", "&");
  }

  /** Signs in on the login page (its own GET, then the form's POST), with this next. */
  public static HttpResponse<String> pageSignIn(
      PayaraMicroProcess server, String username, String password, String next, String... headers)
      throws Exception {
    String query = next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    HttpResponse<String> page = get(server, "login.xhtml" + query, null, headers);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    String session = setCookie(page, "JSESSIONID");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:next", next == null ? "" : next);
    form.put("login:submit", "Sign in");
    form.put("jakarta.faces.ViewState", hidden(page.body(), "jakarta.faces.ViewState"));
    return post(server, "login.xhtml", form, session == null ? null : pair(session), headers);
  }

  /** A request whose client address a trusted proxy names (X-Forwarded-For), over HTTPS. */
  public static HttpResponse<String> sendFrom(
      String address, String method, URI uri, String authorization) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("X-Forwarded-For", "10.9.8.7, " + address)
            .header("X-Forwarded-Proto", "https")
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
