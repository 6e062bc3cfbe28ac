package org.wops.web.pages.propose;

import java.io.Serializable;

/** One step of the proposing wizard: what it checks before the next, and the fields it enters. */
public interface WizardStep extends Serializable {

  /** Where a step's messages go: next to one of the wizard's inputs (its id in the form). */
  @FunctionalInterface
  interface Messages {
    void add(String input, String text);
  }

  /**
   * The checks this step can make on its own (the domain checks everything at the end): each
   * problem goes to {@code out} as a key of the pages' bundle. Returns whether there was none.
   */
  default boolean check(Messages out) {
    return true;
  }

  /**
   * Shows the domain's message about {@code field} next to the input that enters it, if this step
   * enters it; answers whether it did.
   */
  boolean show(String field, String text, Messages out);
}
