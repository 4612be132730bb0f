/** Every rights signal of a document at once: the unit the Spark scan stage maps over. */
package org.clearsource.licensing.scan;
