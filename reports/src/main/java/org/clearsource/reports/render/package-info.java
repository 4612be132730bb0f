/**
 * Renderers of the report model: Markdown, HTML with inline SVG charts, Croissant JSON-LD and the
 * Hugging Face card. Everything taken from documents or the manifest passes through {@link
 * org.clearsource.reports.render.Escape} on its way out; only http(s) URLs become links.
 */
package org.clearsource.reports.render;
