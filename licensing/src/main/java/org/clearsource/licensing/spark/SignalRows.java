package org.clearsource.licensing.spark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.clearsource.licensing.copyright.CopyrightStatement;
import org.clearsource.licensing.copyright.YearRange;
import org.clearsource.licensing.license.LicenseFinding;
import org.clearsource.licensing.optout.OptOutSignal;
import org.clearsource.licensing.optout.OptOutVerdict;
import org.clearsource.licensing.scan.DocumentSignals;

/** One document's signals as a row of {@link ScanTables#SIGNALS}. */
final class SignalRows {

  /** The class of a document in which no licence was found at all. */
  static final String NO_LICENSE = "none";

  private SignalRows() {}

  static Row toRow(String docId, String sourceId, String domain, DocumentSignals signals) {
    List<Row> findings = new ArrayList<>();
    for (LicenseFinding finding : signals.licenses()) {
      findings.add(RowFactory.create(finding.expression(), id(finding.kind().name()),
          finding.score(), id(finding.licenseClass().name()), finding.inText()));
    }
    List<Row> copyrights = new ArrayList<>();
    Set<String> holders = new LinkedHashSet<>();
    for (CopyrightStatement statement : signals.copyrights()) {
      copyrights.add(RowFactory.create(statement.statement(),
          statement.holders().toArray(String[]::new), years(statement.years())));
      holders.addAll(statement.holders());
    }
    return RowFactory.create(
        docId,
        sourceId,
        domain,
        signals.license().expression(),
        signals.license().asserted() ? id(signals.license().licenseClass().name()) : NO_LICENSE,
        findings.toArray(Row[]::new),
        copyrights.toArray(Row[]::new),
        holders.toArray(String[]::new),
        signals.copyrightMentions(),
        id(signals.optOut().status().name()),
        optOutSignals(signals.optOut()),
        signals.pii().emails(),
        signals.pii().phones(),
        signals.pii().ipAddresses(),
        signals.pii().paymentCards());
  }

  /** A document's opt-out columns as a row of {@link SiteCaptureTables#OPT_OUT}. */
  static Row optOutRow(String docId, String sourceId, OptOutVerdict verdict) {
    return RowFactory.create(docId, sourceId, id(verdict.status().name()), optOutSignals(verdict));
  }

  private static Row[] optOutSignals(OptOutVerdict verdict) {
    List<Row> rows = new ArrayList<>();
    for (OptOutSignal signal : verdict.signals()) {
      rows.add(RowFactory.create(id(signal.kind().name()), signal.origin(), signal.value(),
          id(signal.effect().name()), signal.policy()));
    }
    return rows.toArray(Row[]::new);
  }

  static String id(String enumName) {
    return enumName.toLowerCase(Locale.ROOT);
  }

  private static String years(List<YearRange> years) {
    if (years.isEmpty()) {
      return null;
    }
    return years.stream()
        .map(range -> range.first() == range.last() ? Integer.toString(range.first())
            : range.first() + "-" + range.last())
        .collect(Collectors.joining(", "));
  }
}
