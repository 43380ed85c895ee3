/**
 * The benchmark of issue 18: dossier records derived into indicators at a province's scale (10 million dossiers
 * from a CSV on disk), with the seeded synthetic generator of dossier files it reads and the hand-written loop it is
 * measured against. Not part of the API and never deployed.
 */
package org.reformindicators.benchmarks.dossier;
