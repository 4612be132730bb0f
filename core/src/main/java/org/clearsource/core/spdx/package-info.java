/** SPDX licence expressions and the bundled SPDX licence list. */
package org.clearsource.core.spdx;
