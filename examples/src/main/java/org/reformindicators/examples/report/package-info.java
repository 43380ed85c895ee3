/**
 * Progress reports for people: a renderer-neutral {@link
 * org.reformindicators.examples.report.ProgressReport} built from a plan assessment, and its
 * renderings as a text table, Markdown, JSON and one self-contained HTML page with an inline SVG
 * chart per indicator (báo cáo tiến độ thực hiện kế hoạch).
 */
package org.reformindicators.examples.report;
