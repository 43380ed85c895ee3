/**
 * Dossier records and derivation rules as files: {@link org.reformindicators.io.dossier.DossierCsvReader} streams
 * the dossier CSV ({@code docs/formats/dossiers.md}) into {@link org.reformindicators.core.record.DossierRecord}s,
 * reporting every bad record with its line, column, value and rule, and {@link
 * org.reformindicators.io.dossier.DossierJsonLinesReader} does the same for JSON Lines, with the line and the JSON
 * pointer; {@link org.reformindicators.io.dossier.ProcedureCsvReader} reads the procedure list; {@link
 * org.reformindicators.io.dossier.RuleSetReader} reads rule files (YAML or JSON) and the bundled rule sets
 * ({@code plan-1256}, {@code dvc-766}).
 */
package org.reformindicators.io.dossier;
