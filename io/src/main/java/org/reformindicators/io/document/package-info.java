/**
 * The document envelope shared by every JSON and YAML file of the project: each document carries {@code
 * formatVersion} (currently 1) and {@code kind} ({@code plan}, {@code indicator-catalogue}, {@code
 * unit-registry}, {@code methodology}, {@code observations}, {@code plan-assessment}, {@code
 * composite-result}) next to its own properties, and has a JSON Schema shipped as a resource.
 */
package org.reformindicators.io.document;
