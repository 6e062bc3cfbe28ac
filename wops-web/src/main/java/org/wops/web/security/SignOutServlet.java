package org.wops.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signing out: a plain POST to {@code /logout} from the header of every page. Not a Faces action,
 * so that it works whatever page it is sent from (a Faces postback of a profile page lost the
 * page's {@code ?id=} and answered 404) and after the page's view has expired. Ends the sign-in in
 * the database (every instance, every browser holding the same cookie), drops the cookie and the
 * session, and goes home. A GET only goes home: a link cannot sign anyone out; and a POST must
 * carry the form's {@link SignOutToken}, bound to the sign-in, so that another site's form cannot
 * either (403 otherwise).
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    java.util.Optional<String> signIn = WopsAuthenticationMechanism.signInCookie(request);
    if (signIn.isPresent() && !SignOutToken.matches(signIn.get(), request.getParameter("csrf"))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    // the mechanism's cleanSubject ends the sign-in (every instance) and drops the cookie
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(request.getContextPath() + "/");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/");
  }
}
