/**
 * Administrative-procedure dossiers (hồ sơ thủ tục hành chính, hồ sơ TTHC) as compact values: a {@link
 * org.reformindicators.core.record.DossierRecord} is one dossier as a one-stop-shop system (bộ phận một cửa) holds
 * it, with its {@link org.reformindicators.core.record.DossierOutcome}, {@link
 * org.reformindicators.core.record.SubmissionChannel}, {@link org.reformindicators.core.record.OnlineServiceLevel}
 * and {@link org.reformindicators.core.record.HandlingLevel}; a {@link org.reformindicators.core.record.ProcedureList}
 * holds what is known of each procedure (whether it offers online payment, its online-service level). No type here
 * holds a person's name or identity number.
 *
 * <p>Procedures and the {@link org.reformindicators.core.record.ProcedureList} are {@link java.io.Serializable}: Java
 * serialization ships them between JVMs of the same library version inside one job (Spark's executors); it is not a
 * storage or exchange format, which is io's versioned JSON and YAML.
 *
 * @serial exclude
 */
@ValueStyle
package org.reformindicators.core.record;

import org.reformindicators.core.internal.ValueStyle;
