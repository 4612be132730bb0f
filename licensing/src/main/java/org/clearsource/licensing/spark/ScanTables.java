package org.clearsource.licensing.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/** The signals table the scan stage writes; docs/tables.md describes every column. */
public final class ScanTables {

  static final StructType LICENSE_FINDING =
      createStructType(
          List.of(
              createStructField("expression", StringType, false),
              createStructField("kind", StringType, false),
              createStructField("score", DoubleType, false),
              createStructField("class", StringType, false),
              createStructField("in_text", BooleanType, false)));

  static final StructType COPYRIGHT =
      createStructType(
          List.of(
              createStructField("statement", StringType, false),
              createStructField("holders", createArrayType(StringType, false), false),
              createStructField("years", StringType, true)));

  static final StructType OPT_OUT_SIGNAL =
      createStructType(
          List.of(
              createStructField("kind", StringType, false),
              createStructField("origin", StringType, true),
              createStructField("value", StringType, true),
              createStructField("effect", StringType, false),
              createStructField("policy", StringType, true)));

  public static final StructType SIGNALS =
      createStructType(
          List.of(
              createStructField("doc_id", StringType, false),
              createStructField("source_id", StringType, false),
              createStructField("domain", StringType, true),
              createStructField("license_expression", StringType, false),
              createStructField("license_class", StringType, false),
              createStructField("license_findings", createArrayType(LICENSE_FINDING, false), false),
              createStructField("copyrights", createArrayType(COPYRIGHT, false), false),
              createStructField("copyright_holders", createArrayType(StringType, false), false),
              createStructField("copyright_mentions", IntegerType, false),
              createStructField("optout_status", StringType, false),
              createStructField("optout_signals", createArrayType(OPT_OUT_SIGNAL, false), false),
              createStructField("pii_emails", LongType, false),
              createStructField("pii_phones", LongType, false),
              createStructField("pii_ip_addresses", LongType, false),
              createStructField("pii_payment_cards", LongType, false)));

  private ScanTables() {}
}
