package org.wops.web.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Gives every {@code <script>} a page writes the request's Content-Security-Policy nonce ({@link
 * SecurityHeadersFilter}), so that the inline scripts of components (PrimeFaces' widgets) run and
 * nothing else inline does. An Ajax update keeps the nonce the page was first sent with (kept in
 * the view), since the browser still applies that page's policy.
 */
public final class CspNonce {
  /** The request attribute holding this request's nonce. */
  public static final String REQUEST_ATTRIBUTE = "wops.csp.nonce";

  private static final String VIEW_KEY = "wops.csp.nonce";

  private CspNonce() {}

  /** The nonce for the scripts of this response. */
  static String current(FacesContext faces) {
    Map<String, Object> request = faces.getExternalContext().getRequestMap();
    Object nonce = request.get(REQUEST_ATTRIBUTE);
    if (faces.getViewRoot() == null || faces.getViewRoot().isTransient()) {
      return nonce instanceof String s ? s : null;
    }
    Map<String, Object> view = faces.getViewRoot().getViewMap();
    if (faces.getPartialViewContext().isAjaxRequest()
        && view.get(VIEW_KEY) instanceof String kept) {
      return kept;
    }
    if (nonce instanceof String s) {
      view.put(VIEW_KEY, s);
      return s;
    }
    return null;
  }

  /** The render-kit factory (faces-config.xml) whose render kits write nonces. */
  public static class Factory extends RenderKitFactory {
    public Factory(RenderKitFactory wrapped) {
      super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
      getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public java.util.Iterator<String> getRenderKitIds() {
      return getWrapped().getRenderKitIds();
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
      RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
      return kit == null ? null : new Kit(kit);
    }
  }

  static class Kit extends RenderKitWrapper {
    Kit(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public ResponseWriter createResponseWriter(
        Writer writer, String contentTypeList, String characterEncoding) {
      return new NonceWriter(
          getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding));
    }
  }

  static class NonceWriter extends ResponseWriterWrapper {
    NonceWriter(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      super.startElement(name, component);
      if ("script".equalsIgnoreCase(name)) {
        String nonce = current(FacesContext.getCurrentInstance());
        if (nonce != null) {
          super.writeAttribute("nonce", nonce, null);
        }
      }
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
      return new NonceWriter(getWrapped().cloneWithWriter(writer));
    }
  }
}
