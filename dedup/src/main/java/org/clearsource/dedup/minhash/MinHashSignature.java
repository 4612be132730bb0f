package org.clearsource.dedup.minhash;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import org.clearsource.core.ClearsourceException;

/**
 * A document's MinHash signature: k minimum values (31-bit, stored as ints) and the parameters that
 * made them.
 *
 * <p>Like a DataSketches sketch, a signature is only meaningful next to signatures made with the
 * same seed, permutations and shingle width, and it refuses any other: {@link #estimateJaccard}
 * throws on a mismatch, and {@link #deserialize} checks the stored fingerprint against the
 * parameters the reader expects. (There is no union: with one-permutation hashing a bin that is
 * empty in both sets borrows a value, so the signature of a union is not the position-wise minimum
 * of two signatures.)
 *
 * <p>Serialized form (big-endian), 16 + 4k bytes:
 *
 * <pre>
 * bytes 0-1   magic 'C' 'M'
 * byte  2     format version (1)
 * byte  3     reserved (0)
 * bytes 4-11  MinHashParameters.fingerprint()
 * bytes 12-15 k, the number of values
 * then        k values, 4 bytes each
 * </pre>
 */
public final class MinHashSignature {

  static final byte MAGIC_0 = 'C';
  static final byte MAGIC_1 = 'M';
  static final byte FORMAT_VERSION = 1;
  static final int HEADER_BYTES = 16;

  private final MinHashParameters parameters;
  private final int[] values;

  MinHashSignature(MinHashParameters parameters, int[] values) {
    if (values.length != parameters.permutations()) {
      throw new IllegalArgumentException("Cannot make a signature of " + values.length
          + " values with " + parameters.describe());
    }
    this.parameters = parameters;
    this.values = values;
  }

  public MinHashParameters parameters() {
    return parameters;
  }

  /** Value i: the smallest image (31 bits) of the document's shingles under permutation i. */
  public int value(int index) {
    return values[index];
  }

  public int size() {
    return values.length;
  }

  /**
   * The share of positions where the two signatures agree: an unbiased estimate of the shingle
   * sets' Jaccard similarity, with standard deviation sqrt(J(1-J)/k).
   *
   * @throws ClearsourceException when the signatures were made with different parameters
   */
  public double estimateJaccard(MinHashSignature other) {
    checkCompatible(other, "compare");
    int agree = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) {
        agree++;
      }
    }
    return (double) agree / values.length;
  }

  public byte[] serialize() {
    ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + 4 * values.length);
    buffer.put(MAGIC_0).put(MAGIC_1).put(FORMAT_VERSION).put((byte) 0);
    buffer.putLong(parameters.fingerprint());
    buffer.putInt(values.length);
    for (int value : values) {
      buffer.putInt(value);
    }
    return buffer.array();
  }

  /**
   * Reads a serialized signature that must have been made with {@code expected}.
   *
   * @throws ClearsourceException when the bytes are not a signature, or one made with other
   *     parameters
   */
  public static MinHashSignature deserialize(byte[] bytes, MinHashParameters expected) {
    Objects.requireNonNull(expected, "Cannot read a signature without the expected parameters");
    if (bytes == null || bytes.length < HEADER_BYTES || bytes[0] != MAGIC_0 || bytes[1] != MAGIC_1) {
      throw new ClearsourceException("Cannot read a MinHash signature: the bytes do not start with"
          + " its header. Rerun the dedup stage from the documents table");
    }
    if (bytes[2] != FORMAT_VERSION) {
      throw new ClearsourceException("Cannot read a MinHash signature of format version "
          + bytes[2] + ": this version reads " + FORMAT_VERSION
          + ". Rerun the dedup stage from the documents table");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long fingerprint = buffer.getLong(4);
    int size = buffer.getInt(12);
    if (fingerprint != expected.fingerprint() || size != expected.permutations()) {
      throw new ClearsourceException(String.format(
          "Cannot use a MinHash signature made with other parameters (fingerprint %016x, %d"
              + " values) as one made with %s (fingerprint %016x). Signatures of different seeds,"
              + " permutations or shingle widths do not mix: rerun the dedup stage with one set of"
              + " parameters",
          fingerprint, size, expected.describe(), expected.fingerprint()));
    }
    if (bytes.length != HEADER_BYTES + 4 * size) {
      throw new ClearsourceException("Cannot read a MinHash signature of " + bytes.length
          + " bytes: its header announces " + size + " values (" + (HEADER_BYTES + 4 * size)
          + " bytes). Rerun the dedup stage from the documents table");
    }
    int[] values = new int[size];
    buffer.position(HEADER_BYTES);
    for (int i = 0; i < size; i++) {
      values[i] = buffer.getInt();
    }
    return new MinHashSignature(expected, values);
  }

  private void checkCompatible(MinHashSignature other, String action) {
    if (!parameters.equals(other.parameters)) {
      throw new ClearsourceException("Cannot " + action + " MinHash signatures made with "
          + parameters.describe() + " and with " + other.parameters.describe()
          + ": their values are not comparable. Compute both with the same parameters");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MinHashSignature that
        && parameters.equals(that.parameters)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * parameters.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MinHashSignature(" + parameters.describe() + ")";
  }
}
