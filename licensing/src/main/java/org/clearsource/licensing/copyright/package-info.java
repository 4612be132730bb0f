/**
 * Copyright statements in document text: {@link
 * org.clearsource.licensing.copyright.CopyrightExtractor} finds statements such as "Copyright (c)
 * 2019-2021 Foo Inc." in prose, HTML footers, code comments and Debian copyright files, and returns
 * each with its normalized holders and years. Plain Java, no Spark; every class is immutable or
 * stateless and safe to share between threads.
 */
package org.clearsource.licensing.copyright;
