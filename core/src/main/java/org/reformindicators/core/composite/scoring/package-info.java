/**
 * Scoring rules that turn the value of a single criterion into points (điểm), such as the 766 index's
 * "full points at or above a threshold, otherwise proportional" rule, step tables and linear scoring between
 * two bounds. Points are computed in exact decimal arithmetic so that official totals get the same digits on
 * every system.
 *
 * @serial exclude
 */
package org.reformindicators.core.composite.scoring;
