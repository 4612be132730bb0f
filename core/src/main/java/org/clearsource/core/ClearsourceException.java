package org.clearsource.core;

/**
 * The one exception family of Clearsource: every failure a user can act on is one of these, and its
 * message names the file, the record or the setting at fault and says how to fix it.
 */
public class ClearsourceException extends RuntimeException {

  public ClearsourceException(String message) {
    super(message);
  }

  public ClearsourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
