/** Stage statistics: what each stage read, kept and dropped, per source. */
package org.clearsource.core.stats;
