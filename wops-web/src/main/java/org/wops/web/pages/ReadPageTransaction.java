package org.wops.web.pages;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that only reads (the profile, the directory, the dashboard, the operators' pages: mapped
 * in web.xml) is shown, on GET, inside one transaction that is rolled back at the end. Outside a
 * transaction every read of the page — the partnership, then each of its collections as the page
 * first touches it, the updates, the Charter standing — took a connection from the pool of its own,
 * which the pool checks with a round trip, and each read of the same partnership was a new one: a
 * signed-in profile was ~33 connection hand-outs (docs/BENCHMARKS.md, session 16). In one
 * transaction they share one connection and one persistence context. Nothing is written: these
 * pages change nothing on GET, and a use case that would is its own transaction on a POST, which
 * this filter leaves alone; a GET that chooses a language ({@code ?lang=}, saved to the account)
 * reads without it. A {@code @Transactional} read that throws inside marks the transaction
 * rollback-only, so the beans of these pages ask (an {@code Optional}, a check) rather than catch.
 */
public class ReadPageTransaction extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ReadPageTransaction.class.getName());

  /** The longest a page's reads hold their connection. */
  static final int TIMEOUT_SECONDS = 30;

  @Resource private transient UserTransaction transaction;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null || !begun()) {
      // a language chosen (?lang=) is saved to the account (LanguageFilter): not rolled back
      chain.doFilter(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      end();
    }
  }

  private boolean begun() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        return false; // an include or a forward within one already begun
      }
      // a page that reads for longer (a slow client holding the response) gives its connection back
      transaction.setTransactionTimeout(TIMEOUT_SECONDS);
      transaction.begin();
      return true;
    } catch (Exception e) {
      LOG.log(Level.WARNING, "No transaction for a page read; it reads without one", e);
      return false;
    }
  }

  private void end() {
    try {
      transaction.rollback();
    } catch (Exception e) {
      // the reads are done and the page is written; a connection lost meanwhile is the pool's
      LOG.log(Level.FINE, "Ending a page read's transaction", e);
    }
  }
}
