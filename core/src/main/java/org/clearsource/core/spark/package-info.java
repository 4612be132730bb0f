/** The thin Spark layer shared by every stage. The only core package that imports Spark. */
package org.clearsource.core.spark;
