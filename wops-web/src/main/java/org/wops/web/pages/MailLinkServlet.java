package org.wops.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.notification.Notifications;

/**
 * What the signed links of mails do, without sign-in (the signature in {@code t} says whose
 * preferences or subscription it is, and stands in for a form token: nobody else can make it):
 *
 * <ul>
 *   <li>{@code POST /mail/unsubscribe?t=..&kind=..&wop=..}: RFC 8058 one-click unsubscribe (the
 *       mail's {@code List-Unsubscribe} address): that kind of mail off, the subscription to that
 *       WOP ended; a {@code GET} of the same address only shows the preferences page (link checkers
 *       and previews open links, and must not unsubscribe anyone);
 *   <li>{@code POST /mail/preferences}: the preferences page's form;
 *   <li>{@code POST /mail/confirm}: confirms a subscription (double opt-in).
 * </ul>
 *
 * A changed or made-up link is refused with 403 and a short page in the reader's language.
 */
@WebServlet(urlPatterns = {"/mail/unsubscribe", "/mail/preferences", "/mail/confirm"})
public class MailLinkServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Notifications notifications;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getParameter("t");
    if (request.getServletPath().equals("/mail/unsubscribe")) {
      if (notifications.recipientOf(token).isEmpty()) {
        refuse(request, response);
        return;
      }
      StringBuilder page =
          new StringBuilder(request.getContextPath())
              .append("/mail/preferences.xhtml?t=")
              .append(encode(token));
      kind(request).ifPresent(k -> page.append("&kind=").append(k.name()));
      wop(request).ifPresent(w -> page.append("&wop=").append(w));
      response.sendRedirect(page.append(lang(request)).toString());
      return;
    }
    if (request.getServletPath().equals("/mail/confirm")) {
      response.sendRedirect(
          request.getContextPath()
              + "/mail/confirm.xhtml?t="
              + encode(token == null ? "" : token)
              + lang(request));
      return;
    }
    response.sendRedirect(
        request.getContextPath()
            + "/mail/preferences.xhtml?t="
            + encode(token == null ? "" : token)
            + lang(request));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    String token = request.getParameter("t");
    switch (request.getServletPath()) {
      case "/mail/unsubscribe" -> unsubscribe(request, response, token);
      case "/mail/preferences" -> preferences(request, response, token);
      default -> confirm(request, response, token);
    }
  }

  private void unsubscribe(HttpServletRequest request, HttpServletResponse response, String token)
      throws IOException {
    if (notifications.recipientOf(token).isEmpty()) {
      refuse(request, response);
      return;
    }
    notifications.unsubscribeByLink(token, kind(request).orElse(null), wop(request).orElse(null));
    if ("page".equals(request.getParameter("from"))) {
      response.sendRedirect(
          request.getContextPath()
              + "/mail/preferences.xhtml?saved=1&t="
              + encode(token)
              + lang(request));
      return;
    }
    // RFC 8058: the mail client posted "List-Unsubscribe=One-Click"; it shows no page
    page(response, 200, request, "mail.unsubscribed.title", "mail.unsubscribed.text");
  }

  private void preferences(HttpServletRequest request, HttpServletResponse response, String token)
      throws IOException {
    if (notifications.recipientOf(token).isEmpty()) {
      refuse(request, response);
      return;
    }
    boolean allOff = "off".equals(request.getParameter("all"));
    List<String> on =
        request.getParameterValues("on") == null
            ? List.of()
            : Arrays.asList(request.getParameterValues("on"));
    Map<NotificationKind, Boolean> changes = new EnumMap<>(NotificationKind.class);
    for (NotificationKind k : NotificationKind.optional()) {
      changes.put(k, !allOff && on.contains(k.name()));
    }
    notifications.setPreferencesByLink(token, changes);
    response.sendRedirect(
        request.getContextPath()
            + "/mail/preferences.xhtml?saved=1&t="
            + encode(token)
            + lang(request));
  }

  private void confirm(HttpServletRequest request, HttpServletResponse response, String token)
      throws IOException {
    if (notifications.confirmationOf(token).isEmpty()) {
      refuse(request, response);
      return;
    }
    notifications.confirmSubscription(token);
    response.sendRedirect(
        request.getContextPath() + "/mail/confirm.xhtml?done=1&t=" + encode(token) + lang(request));
  }

  /**
   * The reader's language carried on to the page a link or a form leads to (the mail's {@code
   * lang=}, else the cookie, else the browser's).
   */
  private static String lang(HttpServletRequest request) {
    return "&lang=" + LanguageFilter.locale(request).getLanguage();
  }

  private static Optional<NotificationKind> kind(HttpServletRequest request) {
    String k = request.getParameter("kind");
    return NotificationKind.optional().stream().filter(n -> n.name().equals(k)).findFirst();
  }

  private static Optional<Long> wop(HttpServletRequest request) {
    String w = request.getParameter("wop");
    return w != null && w.matches("\\d{1,18}") ? Optional.of(Long.parseLong(w)) : Optional.empty();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    page(response, 403, request, "mail.link.invalid.title", "mail.link.invalid.text");
  }

  /** A short page in the reader's language (no Faces view: nothing to post back to). */
  private static void page(
      HttpServletResponse response,
      int status,
      HttpServletRequest request,
      String titleKey,
      String textKey)
      throws IOException {
    Locale locale = LanguageFilter.locale(request);
    ResourceBundle msg = ResourceBundle.getBundle("org.wops.web.messages", locale);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    String home = request.getContextPath() + "/";
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + locale.getLanguage()
                + "\"><head><meta charset=\"UTF-8\"><title>"
                + escape(msg.getString(titleKey))
                + "</title></head><body><h1 id=\"mail-link-title\">"
                + escape(msg.getString(titleKey))
                + "</h1><p>"
                + escape(msg.getString(textKey))
                + "</p><p><a href=\""
                + escape(home)
                + "\">"
                + escape(msg.getString("app.title"))
                + "</a></p></body></html>");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
