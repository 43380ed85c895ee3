/**
 * Normalisations that bring the raw values of an indicator onto a common scale across units before
 * aggregation (OECD/JRC Handbook 2008 §1.5, JRC's COINr {@code Normalise}): min-max, z-score, goalposts,
 * distance to target, rank and percentile rank, each turned around for lower-is-better indicators. They are
 * statistical transforms computed in {@code double} over a column of values (NaN marks a missing value and
 * stays missing); the official Vietnamese indices use none of them.
 *
 * @serial exclude
 */
package org.reformindicators.core.composite.normalisation;
