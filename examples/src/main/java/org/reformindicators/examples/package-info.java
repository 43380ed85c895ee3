/**
 * Small, compiled example programs for developers embedding reform-indicators: evaluating a plan
 * in an application ({@link org.reformindicators.examples.EmbedEngineExample}), recomputing PCI for
 * several provinces with an uncertainty analysis ({@link
 * org.reformindicators.examples.PciUncertaintyExample}) and authoring a provincial plan in YAML
 * ({@link org.reformindicators.examples.AuthorPlanExample}).
 */
package org.reformindicators.examples;
