package org.clearsource.reports.render;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.clearsource.reports.model.ReportJson;
import org.clearsource.reports.model.ReportModel;
import org.clearsource.reports.policy.Verdict;

/** Every file of {@code report/}, rendered from the model and the verdict. */
public final class ReportArtifacts {

  public static final String DATA_INFORMATION_JSON = "data-information.json";
  public static final String DATA_INFORMATION_MD = "data-information.md";
  public static final String DATA_INFORMATION_HTML = "data-information.html";
  public static final String EU_SUMMARY_MD = "eu-summary.md";
  public static final String DATASHEET_MD = "datasheet.md";
  public static final String CROISSANT_JSON = "croissant.json";
  public static final String DATASET_CARD_MD = "README.md";
  public static final String REPORT_HTML = "report.html";
  public static final String VERDICT_JSON = "verdict.json";

  private ReportArtifacts() {}

  /** File name to content, sorted by name. */
  public static SortedMap<String, String> render(ReportModel model, Verdict verdict) {
    SortedMap<String, String> files = new TreeMap<>();
    Doc dataInformation = DataInformationReport.document(model);
    files.put(DATA_INFORMATION_JSON, ReportJson.write(model));
    files.put(DATA_INFORMATION_MD, MarkdownRenderer.render(dataInformation));
    files.put(DATA_INFORMATION_HTML, HtmlRenderer.page(title(model), dataInformation));
    files.put(EU_SUMMARY_MD, MarkdownRenderer.render(EuSummaryReport.document(model)));
    files.put(DATASHEET_MD, MarkdownRenderer.render(DatasheetReport.document(model)));
    files.put(CROISSANT_JSON, CroissantWriter.write(model));
    files.put(DATASET_CARD_MD, DatasetCard.write(model));
    files.put(REPORT_HTML, HtmlReport.render(model, verdict));
    files.put(VERDICT_JSON, ReportJson.write(verdict));
    return Collections.unmodifiableSortedMap(files);
  }

  private static String title(ReportModel model) {
    return "Data information: " + model.dataset().name() + " " + model.dataset().version();
  }
}
