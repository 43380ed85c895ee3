/**
 * Rankings of units by a composite score (xếp hạng): competition ranking with shared ranks for ties (1, 2, 2,
 * 4), dense and fractional variants, percentile ranks, PAPI's quartile groups, fixed bands such as the PAR
 * INDEX groups A/B/C, rank changes between editions and units left unranked. Ranking happens on the scores at
 * the methodology's published precision (as the published indices do).
 *
 * @serial exclude
 */
package org.reformindicators.core.composite.ranking;
