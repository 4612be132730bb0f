package org.clearsource.core.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clearsource.core.manifest.Manifest;

/**
 * What a manifest declares, as one canonical string for stage fingerprints: every component of
 * every record reachable from the {@link Manifest}, found by reflection, so that a field added to
 * the manifest is covered without anyone listing it. Only where the manifest was written is left
 * out ({@link #WHERE_WRITTEN}): moving a source down a line changes no result.
 *
 * <p>Every stage's fingerprint carries it whole, not the fields the stage is thought to read: a
 * hand-kept list missed the declared licence once, and the scan was skipped on a changed licence.
 * A change to prose reruns the stages too; {@code clearsource report} alone rewrites the reports.
 */
public final class ManifestDigest {

  /** Record components that say where a declaration was written, not what it declares. */
  static final Set<String> WHERE_WRITTEN = Set.of("location", "line");

  private ManifestDigest() {}

  /** The canonical text of what {@code manifest} declares; equal manifests give equal text. */
  public static String of(Manifest manifest) {
    StringBuilder text = new StringBuilder();
    append(text, manifest);
    return text.toString();
  }

  private static void append(StringBuilder text, Object value) {
    if (value == null) {
      text.append("null");
    } else if (value instanceof Record record) {
      text.append(record.getClass().getSimpleName()).append('{');
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (WHERE_WRITTEN.contains(component.getName())) {
          continue;
        }
        text.append(component.getName()).append('=');
        append(text, read(record, component));
        text.append(';');
      }
      text.append('}');
    } else if (value instanceof Collection<?> items) {
      text.append('[');
      items.forEach(item -> {
        append(text, item);
        text.append(',');
      });
      text.append(']');
    } else if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
      text.append('{');
      sorted.forEach((key, item) -> {
        quote(text, key);
        text.append(':');
        append(text, item);
        text.append(',');
      });
      text.append('}');
    } else if (value instanceof Enum<?> constant) {
      text.append(constant.name());
    } else {
      quote(text, String.valueOf(value));
    }
  }

  /** Quoted and escaped, so that no value can forge a separator. */
  private static void quote(StringBuilder text, String value) {
    text.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
  }

  private static Object read(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component.getName() + " of "
          + record.getClass().getName() + ", a public record component", e);
    }
  }
}
