package org.wops.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.wops.web.security.PageFormFields;

/**
 * Says, beside each field of a page's form, the control character its input held (U+000B from Word,
 * U+001B, U+0007…), which {@link PageFormFields} took out, in the reader's language, and shows the
 * page again with the rest of the input as typed: nothing the form does is done. A vertical tab or
 * form feed in a text area is Word's line break and stays one, unsaid; in a one-line field it
 * becomes a space, said.
 */
public class PageFormMessages implements PhaseListener {
  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.APPLY_REQUEST_VALUES;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // the fields are decoded first: their input, as cleaned, is what the page shows again
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    Object fields = faces.getExternalContext().getRequestMap().get(PageFormFields.ATTRIBUTE);
    if (!(fields instanceof PageFormFields form) || faces.getViewRoot() == null) {
      return;
    }
    Localizer labels = jakarta.enterprise.inject.spi.CDI.current().select(Localizer.class).get();
    boolean said = false;
    for (Map.Entry<String, PageFormFields.Refused> e : form.refused().entrySet()) {
      PageFormFields.Refused refused = e.getValue();
      boolean[] textArea = {false};
      boolean found =
          faces
              .getViewRoot()
              .invokeOnComponent(
                  faces,
                  e.getKey(),
                  (context, component) -> {
                    textArea[0] = component instanceof HtmlInputTextarea;
                    if (!textArea[0]
                        && component instanceof EditableValueHolder input
                        && input.getSubmittedValue() instanceof String typed) {
                      input.setSubmittedValue(typed.replace('\n', ' '));
                    }
                  });
      if (found && textArea[0] && refused.onlyLineBreaks()) {
        continue; // Word's line break in a text area: a line break
      }
      // say what became of the character: a line break (a form's own text area), a space (a
      // one-line field), or taken out (any other control character)
      String key =
          !refused.onlyLineBreaks()
              ? "input.control-character"
              : found ? "input.control-character.space" : "input.control-character.line-break";
      String text = labels.plural(key, refused.character());
      faces.addMessage(
          found ? e.getKey() : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      said = true;
    }
    if (said) {
      faces.validationFailed();
      faces.renderResponse();
    }
  }
}
