/**
 * Progress towards a quantified target measured by the methods monitoring agencies already publish:
 * Eurostat's ratio of compound annual growth rates, Open SDG / Statistics Canada's variant with a
 * natural-limit factor, UN ESCAP's current status and anticipated progress, the SDSN trend ratio, and a
 * least-squares linear projection with a Student-t prediction interval ({@code docs/methods.md}).
 *
 * <p>Every method is a {@link org.reformindicators.core.progress.ProgressMethod} working on primitive
 * data held by a {@link org.reformindicators.core.progress.ProgressInput} (years as {@code double},
 * values as {@code double[]}). Each method keeps its own category vocabulary (e.g. {@link
 * org.reformindicators.core.progress.EurostatCategory}) and maps every category to one {@link
 * org.reformindicators.core.progress.ProgressOutlook}; a method never returns {@code NaN}: when it cannot
 * assess (zero base, mixed signs, a single data point…) it says so with an {@link
 * org.reformindicators.core.progress.UnassessableReason}. Every threshold is a typed {@link
 * org.reformindicators.core.progress.MethodParameter} with the published default and its documented bounds,
 * and a method's values are {@link org.reformindicators.core.progress.ParameterValues}. Every bundled method
 * compares its computed figures with cut-offs and targets through one {@link
 * org.reformindicators.core.progress.Tolerance} (1e-9). One {@link
 * org.reformindicators.core.progress.ProgressMethodRegistry} knows the methods by id, each through a {@link
 * org.reformindicators.core.progress.ProgressMethodDescriptor} (parameters, categories, factory); an
 * application adds its own method there and it is then evaluated, written and read back like a bundled
 * one. Nothing here knows about periods, indicators or plans: the evaluation engine in
 * {@code org.reformindicators.core.evaluation} translates those into this primitive form.
 *
 * <p>The built-in progress methods are {@link java.io.Serializable}; a custom method must implement it to be shipped:
 * Java serialization ships them between JVMs of the same library version inside one job (Spark's executors); it is
 * not a storage or exchange format, which is io's versioned JSON and YAML.
 *
 * @serial exclude
 */
@ValueStyle
package org.reformindicators.core.progress;

import org.reformindicators.core.internal.ValueStyle;
