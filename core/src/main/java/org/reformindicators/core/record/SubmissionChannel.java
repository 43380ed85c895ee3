package org.reformindicators.core.record;

/**
 * How a dossier was submitted, such as {@link #ONLINE} through a public-service portal.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SubmissionChannel {
  /** At the one-stop-shop counter (trực tiếp). */
  IN_PERSON,
  /** Through the National or a provincial public-service portal (trực tuyến). */
  ONLINE,
  /** By public postal service (qua dịch vụ bưu chính công ích). */
  POST
}
