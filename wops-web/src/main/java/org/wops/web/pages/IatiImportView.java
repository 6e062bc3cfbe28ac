package org.wops.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.wops.api.iati.IatiFileRefused;
import org.wops.api.iati.IatiImportInput;
import org.wops.api.iati.IatiImporter;
import org.wops.api.problem.BodySizeLimit;

/**
 * The secretariat's IATI import (issue 16, item 12a): an IATI 2.03 file uploaded or a URL given,
 * previewed activity by activity (what maps, likely duplicate operators, what does not map, new,
 * unchanged or changed), then imported as recorded WOPs — the API's import ({@link IatiImporter}),
 * with the same rules: nothing stored while an activity is refused unless the secretariat asks to
 * skip the refused ones.
 */
@Named
@ViewScoped
public class IatiImportView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient IatiImporter importer;
  @Inject Localizer labels;
  @Inject Session session;

  private transient UploadedFile file;
  private byte[] content;
  private String url;
  private boolean skipInvalid;
  private IatiImporter.Report report;
  private boolean imported;

  /** Reads the file (or fetches the URL) and shows what importing it would do. */
  public void preview() {
    run(true);
  }

  /** Imports what the preview showed (the file is read again, as it was uploaded). */
  public void importAll() {
    run(false);
  }

  private void run(boolean dryRun) {
    imported = false;
    if (!session.isAdmin()) {
      error("iati:file", labels.text("iati.import.not-allowed"));
      return;
    }
    if (file != null && file.getSize() > 0) {
      if (file.getSize() > BodySizeLimit.MAX_BYTES) {
        error("iati:file", labels.text("iati.rule.iati.file.too-large"));
        return;
      }
      try (InputStream in = file.getInputStream()) {
        content = in.readAllBytes();
        url = null;
      } catch (IOException e) {
        error("iati:file", labels.text("import.unreadable"));
        return;
      }
    }
    boolean byUrl = url != null && !url.isBlank();
    if (!byUrl && content == null) {
      error("iati:file", labels.text("iati.import.no-file"));
      return;
    }
    try {
      report =
          byUrl
              ? importer.runUrl(session.viewer(), url, new IatiImportInput(), dryRun, skipInvalid)
              : importer.run(
                  session.viewer(),
                  new java.io.ByteArrayInputStream(content),
                  "file",
                  new IatiImportInput(),
                  dryRun,
                  skipInvalid);
      imported = !dryRun && !report.refused();
      if (report.refused()) {
        error("iati:file", labels.text("iati.import.refused"));
      }
    } catch (IatiFileRefused refused) {
      report = null;
      error(
          refused.field().equals("url") ? "iati:url" : "iati:file",
          labels.text("iati.rule." + refused.rule()) + " (" + refused.getMessage() + ")");
    }
  }

  private static void error(String field, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public List<Map<String, Object>> getActivities() {
    return report == null ? List.of() : report.activities();
  }

  public Map<String, Object> getCounts() {
    return report == null ? Map.of() : report.counts();
  }

  public boolean isPreviewed() {
    return report != null;
  }

  public boolean isImported() {
    return imported;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public boolean isSkipInvalid() {
    return skipInvalid;
  }

  public void setSkipInvalid(boolean skipInvalid) {
    this.skipInvalid = skipInvalid;
  }
}
