/**
 * The {@code reform} command-line tool for analysts: the Quảng Ngãi progress report, evaluation of a
 * user's plan and observations, composite-index scoring, validation of files and the list of bundled
 * methodologies.
 */
package org.reformindicators.examples.cli;
