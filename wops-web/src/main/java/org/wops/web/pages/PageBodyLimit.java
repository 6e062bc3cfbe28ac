package org.wops.web.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ResourceBundle;
import org.wops.api.problem.BodySizeLimit;

/**
 * The pages' bodies are bounded like the API's: a form post (the CSV import's upload above all) of
 * more than {@link #MAX_BYTES} is refused with 413 and a short page in the visitor's language
 * before it is read; a post of unknown length (chunked) is 411. Up to the limit, the import page
 * itself says when its file is larger than the API's 5 MB, next to the field. Declared first in
 * web.xml: any filter that reads a parameter reads the body.
 */
public class PageBodyLimit extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /**
   * The API's limit for the file, plus room for the form's other fields and the multipart frame.
   */
  static final long MAX_BYTES = BodySizeLimit.MAX_BYTES + 64 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > MAX_BYTES) {
      refuse(request, response);
      return;
    }
    if (request.getContentLengthLong() < 0 && request.getContentType() != null) {
      // a body of unknown length (chunked): the container would parse a multipart body whole before
      // anyone could count it; browsers always say how long their form posts are
      response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Answers 413 with a short page in the visitor's language: a file too large for a form with a
   * file (multipart), a form too large for one without (a text pasted many times over).
   */
  public static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    java.util.Locale locale = LanguageFilter.locale(request);
    ResourceBundle texts = ResourceBundle.getBundle("org.wops.web.messages", locale);
    String type = request.getContentType();
    boolean file = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setHeader("Connection", "close");
    response.setContentType("text/html;charset=UTF-8");
    String back = request.getContextPath() + request.getServletPath();
    PrintWriter out = response.getWriter();
    out.print(
        "<!DOCTYPE html><html lang=\""
            + locale.getLanguage()
            + "\"><head><meta charset=\"UTF-8\"><title>413</title></head><body><main>"
            + "<h1 id=\"too-large\">"
            + escape(texts.getString(file ? "import.too-large" : "page.form-too-large"))
            + "</h1><p><a href=\""
            + escape(back)
            + "\">"
            + escape(texts.getString("page.back"))
            + "</a></p></main></body></html>");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
